using ReportPipeline.Tests.Support;
using static ReportPipeline.Tests.Hostile.HostileFiles;

namespace ReportPipeline.Tests.Hostile;

/// <summary>
/// Issue 14's "no input of 10 MB may take more than 1 GB resident or 60 s" for PDF pages: a text-only PDF made here,
/// converted to all four formats beside a good report by the built command in its own process under the 1 GB
/// watchdog; every page's text reaches the output and the good report converts. The full size (2,000 pages, 10 MB)
/// took 26 s of CPU in this (Debug) build and over 300 s of wall time when the whole suite ran beside it on two shared
/// cores, so it is measured by scripts/bench-scale.py for docs/PERFORMANCE.md; here 500 pages (2.5 MB) keep the suite
/// short, under the budgets scaled to the input's size as issue 14's scale tests scale them: 100 MB of peak
/// memory and 6 s of CPU per MB of input over a floor for the runtime (150 MB, 5 s). Holding every page's glyphs
/// took 1.2 GB for 2,000 pages; pages are now read one at a time.
/// </summary>
public sealed class LongPdfTests : IDisposable
{
    private const int Pages = 500;

    private readonly string work = Directory.CreateTempSubdirectory("rp-long-pdf-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void A_long_pdf_converts_within_memory_and_time_in_proportion_to_its_size_and_the_good_file_converts()
    {
        string input = Path.Combine(work, "pages.pdf");
        File.WriteAllBytes(input, TextPdf(Pages));
        long size = new FileInfo(input).Length;
        string good = Path.Combine(work, "good.txt");
        File.Copy(Repo.Fixture("riverton-2026-budget-report.txt"), good);
        string output = Path.Combine(work, "out");

        var run = CliProcess.Run(["convert", good, input, "-o", output], timeLimit: TimeSpan.FromSeconds(300));

        string what = $"{Pages} pages ({size >> 10} KB): exit {run.Exit}, {run.Elapsed.TotalSeconds:0.0} s wall, {run.Cpu.TotalSeconds:0.0} s CPU, peak {run.PeakBytes >> 20} MB";
        Assert.False(run.Killed, $"killed by the watchdog: {what}");
        Assert.True(run.Exit == 0, $"{what}\n{run.Err}");
        Assert.Empty(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        string markdown = File.ReadAllText(Path.Combine(output, "pages.md"));
        Assert.Contains("Paragraph 250.20: the district", markdown);
        Assert.Contains($"Paragraph {Pages - 1}.39: the district", markdown);
        foreach (var format in new[] { "md", "html", "docx", "json" })
        {
            Assert.True(File.Exists(Path.Combine(output, "pages." + format)), $"pages.{format} was not written");
            Assert.True(File.Exists(Path.Combine(output, "good." + format)), $"good.{format} was not written");
        }
        ScaledBudget.AssertWithin(run, size, what);
    }
}
