using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests;

public class SnapshotGuardTests
{
    [Fact]
    public void Accept_mode_is_never_left_on_in_CI()
    {
        bool ci = Environment.GetEnvironmentVariable("CI") is "true" or "1";
        Assert.False(ci && Snapshot.AcceptMode, $"{Snapshot.AcceptVariable} is set in CI: snapshots would be accepted without review.");
    }

    [Fact]
    public void Diff_shows_changed_lines_with_context()
    {
        string diff = Snapshot.Diff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nX\ne\nf\ng\n");
        Assert.Contains("- ", diff);
        Assert.Contains("+ ", diff);
        Assert.Contains("X", diff);
        Assert.DoesNotContain("a\n", diff.Replace("\r", ""));
    }
}
