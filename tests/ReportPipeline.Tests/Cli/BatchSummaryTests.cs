using ReportPipeline.Cli;
using ReportPipeline.Pipeline;

namespace ReportPipeline.Tests.Cli;

/// <summary>The batch summary tells the user a Ctrl-C was taken, whenever it came.</summary>
public sealed class BatchSummaryTests
{
    private static string Summary(int cancelled, bool interrupted)
    {
        var stdout = new StringWriter();
        var reporter = new ConsoleReporter(stdout, new StringWriter(), interactive: false, verbose: false);
        var (jobs, _) = ConversionPlan.Make(["a.txt", "b.txt"], Path.Combine(Path.GetTempPath(), "rp-summary-never-written"));
        var outcomes = jobs.Select(j => new JobOutcome(j, null, new OperationCanceledException(), TimeSpan.Zero)).Take(cancelled)
            .Concat(jobs.Skip(cancelled).Select(j => new JobOutcome(j, null, new IOException("unreadable"), TimeSpan.Zero))).ToList();
        reporter.Summary(outcomes, [], cancelled, interrupted);
        return stdout.ToString();
    }

    [Fact]
    public void Files_cancelled_are_counted() => Assert.Contains("0 converted, 1 failed, 1 cancelled", Summary(1, interrupted: true));

    [Fact]
    public void A_signal_after_the_last_file_is_still_reported() =>
        Assert.Contains("cancelled after the last file", Summary(0, interrupted: true));

    [Fact]
    public void A_run_not_interrupted_says_nothing_of_cancelling() => Assert.DoesNotContain("cancel", Summary(0, interrupted: false));
}
