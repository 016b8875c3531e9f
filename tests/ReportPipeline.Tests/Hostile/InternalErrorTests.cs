using ReportPipeline.Cli;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers;

namespace ReportPipeline.Tests.Hostile;

/// <summary>A fault of ours on one file (here a writer that throws) is that file's one line and exit 3; the batch goes on.</summary>
public sealed class InternalErrorTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("rp-internal-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    private sealed class FailsOn(string marker) : IReportWriter
    {
        public string Format => "md";

        public void Write(ReportDocument document, Stream output)
        {
            if (document.Metadata.Title?.Contains(marker) == true) throw new NullReferenceException("a bug");
            ReportConverter.WriterFor("md").Write(document, output);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_internal_error_is_one_line_exit_3_and_the_other_files_convert(bool verbose)
    {
        string bad = Path.Combine(work, "bad.txt"), good = Path.Combine(work, "good.txt");
        File.WriteAllText(bad, "Broken Budget Report\n\n1. Revenue\n\nRevenue rose.\n");
        File.Copy(Repo.Fixture("riverton-2026-budget-report.txt"), good);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (jobs, errors) = ConversionPlan.Make([bad, good], Path.Combine(work, "out"));
        int exit = BatchRunner.Run(jobs, errors, new BatchOptions([new FailsOn("Broken")], Strict: false, verbose),
            new ConsoleReporter(stdout, stderr, interactive: false, verbose));

        Assert.Equal(CliApp.InternalError, exit);
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{bad}: internal error: System.NullReferenceException", lines[0]);
        Assert.Equal(verbose, stderr.ToString().Contains("   at "));
        Assert.True(File.Exists(Path.Combine(work, "out", "good.md")));
        Assert.Contains("1 converted, 1 failed", stdout.ToString());
    }
}
