using ReportPipeline.Tests.Support;
using static ReportPipeline.Tests.Hostile.HostileFiles;

namespace ReportPipeline.Tests.Hostile;

/// <summary>
/// A 10 MB text-only PDF of 2,000 pages, made here, converted to all four formats beside a good report by the built
/// command in its own process under the hostile corpus's watchdog: under 1 GB resident and 60 s, every page's text in
/// the output, and the good report converted. (Pages are read one at a time; holding every page's glyphs took 1.2 GB.)
/// The 60 s are the process's CPU time: the suite runs its tests side by side on a shared machine, where the same run
/// took 27 s of CPU and 99 s of wall time under a load of 70; the watchdog's wall-time limit is kept only against a hang.
/// </summary>
public sealed class LongPdfTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("rp-long-pdf-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void A_2000_page_pdf_converts_under_1_GB_and_60_s_and_the_good_file_converts()
    {
        string input = Path.Combine(work, "pages.pdf");
        File.WriteAllBytes(input, TextPdf(2000));
        Assert.InRange(new FileInfo(input).Length, 9L << 20, 11L << 20);
        string good = Path.Combine(work, "good.txt");
        File.Copy(Repo.Fixture("riverton-2026-budget-report.txt"), good);
        string output = Path.Combine(work, "out");

        var run = CliProcess.Run(["convert", good, input, "-o", output], timeLimit: TimeSpan.FromMinutes(5));

        Assert.False(run.Killed, $"killed by the watchdog after {run.Elapsed.TotalSeconds:0} s at {run.PeakBytes >> 20} MB");
        Assert.True(run.PeakBytes < CliProcess.MemoryLimit, $"peak {run.PeakBytes >> 20} MB");
        Assert.InRange(run.Cpu, TimeSpan.FromSeconds(1), CliProcess.TimeLimit);
        Assert.True(run.Exit == 0, $"exit {run.Exit}\n{run.Err}");
        Assert.Empty(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        string markdown = File.ReadAllText(Path.Combine(output, "pages.md"));
        Assert.Contains("Paragraph 1000.20: the district", markdown);
        Assert.Contains("Paragraph 1999.39: the district", markdown);
        foreach (var format in new[] { "md", "html", "docx", "json" })
        {
            Assert.True(File.Exists(Path.Combine(output, "pages." + format)), $"pages.{format} was not written");
            Assert.True(File.Exists(Path.Combine(output, "good." + format)), $"good.{format} was not written");
        }
    }
}
