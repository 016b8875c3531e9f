using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportPipeline.Cli;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Cli;

public sealed class VersionTests
{
    [Fact]
    public void Version_prints_the_version_the_commit_built_from_and_the_build_kind()
    {
        var stdout = new StringWriter();
        Assert.Equal(CliApp.Success, CliApp.Run(["--version"], stdout, new StringWriter()));
        var match = Regex.Match(stdout.ToString().Trim(), @"^reportpipeline (\d+\.\d+\.\d+\S*) \(commit ([0-9a-f]{7,40}|unknown), (JIT|ReadyToRun|AOT)\)$");
        Assert.True(match.Success, stdout.ToString());
        Assert.Equal("JIT", match.Groups[3].Value); // the tests run the assembly as built, not published
        if (GitHead() is { } head) Assert.Equal(head, match.Groups[2].Value);
    }

    private static string? GitHead()
    {
        if (!Tools.Available("git")) return null;
        var start = new ProcessStartInfo("git", "rev-parse HEAD") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        using var git = Process.Start(start)!;
        string head = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return git.ExitCode == 0 ? head : null;
    }
}
