using ReportPipeline.Decoding;
using ReportPipeline.Pipeline;
using ReportPipeline.Writers;

namespace ReportPipeline.Cli;

internal sealed record BatchOptions(IReadOnlyList<IReportWriter> Writers, bool Strict, bool Verbose, ConversionOptions? Conversion = null)
{
    public bool EmbedImages { get; init; }
}

/// <summary>The outcome of one input: its result, or the failure that stopped it.</summary>
internal sealed record JobOutcome(ConversionJob Job, ConversionResult? Result, Exception? Failure, TimeSpan Elapsed)
{
    /// <summary>Not bad input but a fault of ours (or of a library below us): reported as an internal error, exit code 3.</summary>
    public bool IsInternalError => Failure is not null and not (ReportReadException or IOException or UnauthorizedAccessException or OperationCanceledException);

    public bool IsCancelled => Failure is OperationCanceledException;
}

/// <summary>
/// Converts every job in parallel on all cores. Each file is isolated: whatever one throws becomes that file's one
/// line and the batch goes on. Cancelling stops new files, stops running ones before they commit, and keeps every
/// output already there.
/// </summary>
internal static class BatchRunner
{
    public static int Run(IReadOnlyList<ConversionJob> jobs, IReadOnlyList<PlanError> planErrors, BatchOptions options, ConsoleReporter reporter,
        CancellationToken cancel = default)
    {
        foreach (var error in planErrors) reporter.PlanFailed(error);
        foreach (var folder in jobs.Select(j => Path.GetDirectoryName(Path.GetFullPath(j.OutputStem))!).Distinct())
            StagedFiles.CleanOrphans(folder);
        var outcomes = new JobOutcome?[jobs.Count];
        reporter.Run(jobs.Count, progress =>
        {
            try
            {
                Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, i =>
                {
                    outcomes[i] = Convert(jobs[i], options, cancel);
                    progress(outcomes[i]!);
                });
            }
            catch (OperationCanceledException) { }
        });
        var done = outcomes.OfType<JobOutcome>().ToList();
        reporter.Summary(done, planErrors, cancelled: jobs.Count - done.Count(o => !o.IsCancelled),
            interrupted: cancel.IsCancellationRequested);
        if (cancel.IsCancellationRequested) return CliApp.Cancelled;
        if (done.Any(o => o.IsInternalError)) return CliApp.InternalError;
        return planErrors.Count == 0 && done.All(o => o.Failure is null) ? CliApp.Success : CliApp.InputFailed;
    }

    private static JobOutcome Convert(ConversionJob job, BatchOptions options, CancellationToken cancel)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return new JobOutcome(job, ReportConverter.Convert(job, options.Writers, options.Strict, options.Conversion?.Budgets, cancel, options.Conversion, options.EmbedImages), null, started.Elapsed);
        }
        catch (Exception e)
        {
            return new JobOutcome(job, null, ReadFailures.Explain(e) ?? e, started.Elapsed);
        }
    }
}
