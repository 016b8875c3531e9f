using ReportPipeline.Cli;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Cli;

public sealed class AlignCommandTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("rp-align-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    private static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Align_writes_the_four_outputs_and_prints_a_summary()
    {
        string output = Path.Combine(work, "out");
        var (exit, stdout, _) = Cli("align", Repo.Fixture("office/lanshan-2026-budget-report.styled.docx"),
            Repo.Fixture("bilingual/lanshan-2026-budget-report.en.txt"), "-o", output, "--sentences");
        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(["lanshan-2026-budget-report.styled.bilingual.docx", "lanshan-2026-budget-report.styled.pairs.json",
                      "lanshan-2026-budget-report.styled.parallel.html", "lanshan-2026-budget-report.styled.tmx"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order());
        Assert.Contains("(zh-CN) ↔ ", stdout);
        Assert.Contains("Pairs: 41 (", stdout);
        Assert.Contains("13 heading", stdout);
        Assert.Contains("5 note", stdout);
        Assert.Contains("Unpaired: 0", stdout);
        Assert.Contains("Sentence pairs: ", stdout);
    }

    [Fact]
    public void A_gap_in_the_outline_is_listed_with_the_unpaired_units_and_their_locations()
    {
        string text = File.ReadAllText(Repo.Fixture("bilingual/lanshan-2026-budget-report.en.txt"));
        int start = text.IndexOf("Chapter II The Draft", StringComparison.Ordinal), end = text.IndexOf("Notes\n", StringComparison.Ordinal);
        string shortened = Path.Combine(work, "short.en.txt");
        File.WriteAllText(shortened, text.Remove(start, end - start));
        var (exit, stdout, _) = Cli("align", Repo.Fixture("lanshan-2026-budget-report.txt"), shortened, "-o", Path.Combine(work, "out"));
        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("original section \"第二章 2026 年预算草案\" (line 52) has no counterpart in the translation", stdout);
        Assert.Contains("original paragraph at line 56, 一、指导思想和主要原则: 2026 年预算编制", stdout);
    }

    [Fact]
    public void Two_files_in_one_language_are_refused_with_one_line_and_exit_1()
    {
        string output = Path.Combine(work, "out");
        var (exit, _, stderr) = Cli("align", Repo.Fixture("lanshan-2026-budget-report.txt"), Repo.Fixture("yuexiu-2025-plan-report.txt"), "-o", output);
        Assert.Equal(CliApp.InputFailed, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("both editions are in zh-CN", line);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void A_missing_edition_is_one_line_and_exit_1()
    {
        var (exit, _, stderr) = Cli("align", Path.Combine(work, "nope.txt"), Repo.Fixture("riverton-2026-budget-report.txt"), "-o", work);
        Assert.Equal(CliApp.InputFailed, exit);
        Assert.Contains("nope.txt: no such file", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void An_unknown_layout_is_a_usage_error()
    {
        var (exit, _, _) = Cli("align", Repo.Fixture("lanshan-2026-budget-report.txt"), Repo.Fixture("bilingual/lanshan-2026-budget-report.en.txt"), "-o", work, "--layout", "sideways");
        Assert.Equal(CliApp.UsageError, exit);
    }
}
