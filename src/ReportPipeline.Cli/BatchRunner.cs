using ReportPipeline.Decoding;
using ReportPipeline.Pipeline;
using ReportPipeline.Writers;

namespace ReportPipeline.Cli;

internal sealed record BatchOptions(IReadOnlyList<IReportWriter> Writers, bool Strict, bool Verbose)
{
    public bool EmbedImages { get; init; }
}

/// <summary>The outcome of one input: its result, or the failure that stopped it.</summary>
internal sealed record JobOutcome(ConversionJob Job, ConversionResult? Result, Exception? Failure, TimeSpan Elapsed);

/// <summary>Converts every job in parallel on all cores; a failure stops only its own file.</summary>
internal static class BatchRunner
{
    public static int Run(IReadOnlyList<ConversionJob> jobs, IReadOnlyList<PlanError> planErrors, BatchOptions options, ConsoleReporter reporter)
    {
        foreach (var error in planErrors) reporter.PlanFailed(error);
        var outcomes = new JobOutcome[jobs.Count];
        reporter.Run(jobs.Count, progress =>
            Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                outcomes[i] = Convert(jobs[i], options);
                progress(outcomes[i]);
            }));
        reporter.Summary(outcomes);
        return planErrors.Count == 0 && outcomes.All(o => o.Failure is null) ? CliApp.Success : CliApp.InputFailed;
    }

    private static JobOutcome Convert(ConversionJob job, BatchOptions options)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return new JobOutcome(job, ReportConverter.Convert(job, options.Writers, options.Strict, options.EmbedImages), null, started.Elapsed);
        }
        catch (Exception e) when (e is ReportReadException or IOException or UnauthorizedAccessException)
        {
            return new JobOutcome(job, null, e, started.Elapsed);
        }
    }
}
