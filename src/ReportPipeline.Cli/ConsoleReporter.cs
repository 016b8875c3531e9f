using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using Spectre.Console;

namespace ReportPipeline.Cli;

/// <summary>
/// What the user sees of a batch: a progress bar on a terminal, one plain line per file otherwise; one error line
/// per failed file on stderr; a summary table at the end.
/// </summary>
internal sealed class ConsoleReporter
{
    private readonly TextWriter stderr;
    private readonly bool verbose;
    private readonly IAnsiConsole console;
    private readonly bool interactive;
    private readonly Lock gate = new();

    public ConsoleReporter(TextWriter stdout, TextWriter stderr, bool interactive, bool verbose)
    {
        this.stderr = stderr;
        this.verbose = verbose;
        this.interactive = interactive;
        console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(stdout),
        });
        if (!interactive) console.Profile.Width = 200;
    }

    public void PlanFailed(PlanError error) =>
        stderr.WriteLine($"reportpipeline: error: {CliApp.OneLine(error.Input)}: {CliApp.OneLine(error.Problem)}");

    /// <summary>Runs the work, handing it a callback to report each finished file.</summary>
    public void Run(int total, Action<Action<JobOutcome>> work)
    {
        if (interactive && total > 1)
        {
            console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("converting", maxValue: total);
                    work(outcome => { Finished(outcome, plain: false); task.Increment(1); });
                });
        }
        else work(outcome => Finished(outcome, plain: true));
    }

    private void Finished(JobOutcome outcome, bool plain)
    {
        lock (gate)
        {
            if (outcome.Failure is not null)
            {
                CliApp.ReportFailure(stderr, outcome.Job.Input, outcome.Failure, verbose);
                return;
            }
            var result = outcome.Result!;
            if (plain) console.WriteLine($"{CliApp.OneLine(result.Input)} -> {CliApp.OneLine(string.Join(", ", result.Outputs))}");
            if (verbose)
                foreach (var warning in result.Document.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
                    stderr.WriteLine($"{CliApp.OneLine(result.Input)}: {CliApp.OneLine(warning.ToString())}");
        }
    }

    /// <param name="cancelled">Files cancelled or never started because the run was cancelled.</param>
    /// <param name="interrupted">Whether the run was cancelled (Ctrl-C), which the summary says even when the signal came after the last file.</param>
    public void Summary(IReadOnlyList<JobOutcome> outcomes, IReadOnlyList<PlanError> refused, int cancelled = 0, bool interrupted = false)
    {
        if (outcomes.Count == 0 && refused.Count == 0) return;
        var table = new Spectre.Console.Table().Border(interactive ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn("file").AddColumn(new TableColumn("pages").RightAligned()).AddColumn(new TableColumn("footnotes").RightAligned())
            .AddColumn(new TableColumn("tables").RightAligned()).AddColumn(new TableColumn("warnings").RightAligned())
            .AddColumn(new TableColumn("time").RightAligned()).AddColumn("status");
        foreach (var o in outcomes)
        {
            var d = o.Result?.Document;
            table.AddRow(
                Markup.Escape(CliApp.OneLine(o.Job.Input)),
                d is null ? "" : Pages(d),
                d?.Footnotes.Count.ToString() ?? "",
                d?.Blocks.OfType<Model.Table>().Count().ToString() ?? "",
                d?.Diagnostics.Count(x => x.Severity >= DiagnosticSeverity.Warning).ToString() ?? "",
                $"{o.Elapsed.TotalMilliseconds:0} ms",
                o.Failure is null ? "ok" : o.IsCancelled ? "cancelled" : o.IsInternalError ? "internal error" : "failed");
        }
        foreach (var r in refused) table.AddRow(Markup.Escape(CliApp.OneLine(r.Input)), "", "", "", "", "", "refused");
        int converted = outcomes.Count(o => o.Failure is null);
        int failed = outcomes.Count(o => o.Failure is not null && !o.IsCancelled) + refused.Count;
        table.Caption($"{converted} converted, {failed} failed" + (cancelled > 0 ? $", {cancelled} cancelled"
            : interrupted ? ", cancelled after the last file" : ""));
        console.Write(table);
    }

    private static string Pages(ReportDocument d) =>
        d.Blocks.Select(b => b.Source.Page).Max() is { } pages ? pages.ToString() : "-";
}
