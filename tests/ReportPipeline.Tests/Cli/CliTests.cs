using System.Text;
using ReportPipeline.Cli;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("rp-cli-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    private (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Input(string name, byte[] content)
    {
        string path = Path.Combine(work, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void Convert_writes_all_four_formats_by_default_and_leaves_no_temporary_files()
    {
        string output = Path.Combine(work, "out");
        var (exit, stdout, _) = Cli("convert", Repo.Fixture("riverton-2026-budget-report.txt"), "-o", output);
        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(["riverton-2026-budget-report.docx", "riverton-2026-budget-report.html", "riverton-2026-budget-report.json", "riverton-2026-budget-report.md"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order());
        Assert.Matches(@"riverton-2026-budget-report\.txt\s*\|\s*-\s*\|\s*4\s*\|\s*1\s*\|", stdout);
        Assert.Contains("1 converted, 0 failed", stdout);
    }

    [Fact]
    public void To_selects_formats_comma_separated_or_repeated()
    {
        string output = Path.Combine(work, "out");
        Assert.Equal(0, Cli("convert", Repo.Fixture("riverton-2026-budget-report.txt"), "-o", output, "--to", "md,json").Exit);
        Assert.Equal(["riverton-2026-budget-report.json", "riverton-2026-budget-report.md"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData("missing.txt", null, "no such file")]
    [InlineData("empty.txt", new byte[0], "empty")]
    [InlineData("binary.txt", new byte[] { 0x41, 0xFF, 0xFE, 0x80, 0x81, 0x20 }, "UTF-8")]
    [InlineData("report.xyz", new byte[] { 0x41 }, "unknown input format")]
    public void Bad_input_gives_one_line_naming_the_file_and_a_non_zero_exit(string name, byte[]? content, string problem)
    {
        string path = content is null ? Path.Combine(work, name) : Input(name, content);
        var (exit, stdout, stderr) = Cli("convert", path, "-o", Path.Combine(work, "out"));
        Assert.Equal(CliApp.InputFailed, exit);
        string line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, line);
        Assert.Contains(problem, line);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Contains("0 converted, 1 failed", stdout);
    }

    [Fact]
    public void A_failed_conversion_leaves_an_existing_output_untouched()
    {
        string output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
        string existing = Path.Combine(output, "report.md");
        File.WriteAllText(existing, "earlier good output");
        string input = Input("report.txt", []);
        Assert.Equal(CliApp.InputFailed, Cli("convert", input, "-o", output).Exit);
        Assert.Equal("earlier good output", File.ReadAllText(existing));
        Assert.Equal(["report.md"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    public static TheoryData<string, byte[]?> BadInputs => new()
    {
        { "empty.txt", [] },
        { "random.pdf", RandomBytes(1) },
        { "random.docx", RandomBytes(2) },
        { "truncated.pdf", File.ReadAllBytes(Repo.Fixture(Path.Combine("bad", "truncated.pdf"))) },
        { "no-content.html", Encoding.UTF8.GetBytes("<html><body><nav>menu</nav><script>x()</script></body></html>") },
        { "missing.txt", null },
    };

    private static byte[] RandomBytes(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_of_every_format_leaves_an_existing_output_untouched(string name, byte[]? content)
    {
        string output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
        string existing = Path.Combine(output, Path.GetFileNameWithoutExtension(name) + ".md");
        File.WriteAllText(existing, "earlier good output");
        string input = content is null ? Path.Combine(work, name) : Input(name, content);
        var (exit, _, stderr) = Cli("convert", input, "-o", output);
        Assert.Equal(CliApp.InputFailed, exit);
        string line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"reportpipeline: error: {input}: ", line);
        Assert.Equal("earlier good output", File.ReadAllText(existing));
        Assert.Equal([Path.GetFileName(existing)], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public void Other_files_still_convert_when_one_fails()
    {
        string output = Path.Combine(work, "out");
        string good = Input("good.txt", Encoding.UTF8.GetBytes("各位代表：\n\n一、总体\n\n正文。"));
        var (exit, _, stderr) = Cli("convert", Path.Combine(work, "missing.txt"), good, "-o", output, "--to", "md");
        Assert.Equal(CliApp.InputFailed, exit);
        Assert.True(File.Exists(Path.Combine(output, "good.md")));
        Assert.Contains("missing.txt", stderr);
    }

    [Fact]
    public void A_folder_is_searched_recursively_and_its_subfolders_mirrored()
    {
        string input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
        Directory.CreateDirectory(Path.Combine(input, "2025"));
        File.Copy(Repo.Fixture("riverton-2026-budget-report.txt"), Path.Combine(input, "report.txt"));
        File.Copy(Repo.Fixture("lanshan-2026-budget-report.txt"), Path.Combine(input, "2025", "report.txt"));
        File.WriteAllText(Path.Combine(input, "notes.pdfx"), "ignored: not a report extension");
        string output = Path.Combine(work, "out");
        var (exit, stdout, _) = Cli("convert", input, "-o", output, "--to", "md");
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(output, "report.md")));
        Assert.True(File.Exists(Path.Combine(output, "2025", "report.md")));
        Assert.Contains("2 converted, 0 failed", stdout);
    }

    [Fact]
    public void Forty_reports_in_a_folder_become_160_files_in_one_call()
    {
        string input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
        var sources = Directory.GetFiles(Repo.Path("fixtures"), "*.txt");
        for (int i = 0; i < 40; i++) File.Copy(sources[i % sources.Length], Path.Combine(input, $"report-{i:00}.txt"));
        string output = Path.Combine(work, "out");
        var (exit, stdout, stderr) = Cli("convert", input, "-o", output);
        Assert.True(exit == 0, stderr);
        Assert.Equal(160, Directory.GetFiles(output).Length);
        Assert.Contains("40 converted, 0 failed", stdout);
    }

    [Fact]
    public void Two_inputs_that_would_write_the_same_outputs_are_refused()
    {
        string a = Directory.CreateDirectory(Path.Combine(work, "a")).FullName, b = Directory.CreateDirectory(Path.Combine(work, "b")).FullName;
        File.Copy(Repo.Fixture("riverton-2026-budget-report.txt"), Path.Combine(a, "r.txt"));
        File.Copy(Repo.Fixture("riverton-2026-budget-report.txt"), Path.Combine(b, "r.txt"));
        var (exit, _, stderr) = Cli("convert", Path.Combine(a, "r.txt"), Path.Combine(b, "r.txt"), "-o", Path.Combine(work, "out"), "--to", "md");
        Assert.Equal(CliApp.InputFailed, exit);
        Assert.Contains("would overwrite", stderr);
    }

    [Fact]
    public void Reports_sharing_a_name_in_one_folder_keep_their_extensions_in_the_output_names()
    {
        string input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
        File.Copy(Repo.Fixture("riverton-2026-budget-report.txt"), Path.Combine(input, "report.txt"));
        File.Copy(Repo.Fixture(Path.Combine("office", "riverton-2026-budget-report.styled.docx")), Path.Combine(input, "report.docx"));
        string output = Path.Combine(work, "out");
        Assert.Equal(0, Cli("convert", input, "-o", output, "--to", "md").Exit);
        Assert.Equal(["report.docx.md", "report.txt.md"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Strict_makes_a_warning_fatal_and_writes_nothing_for_that_file()
    {
        string input = Input("joined.txt", Encoding.UTF8.GetBytes("各位代表：\n\n城市更新多点突破，推进危旧房“原\n\n拆原建”工作。"));
        string output = Path.Combine(work, "out");
        Assert.Equal(0, Cli("convert", input, "-o", Path.Combine(work, "lenient"), "--to", "md").Exit);
        var (exit, _, stderr) = Cli("convert", input, "-o", output, "--to", "md", "--strict");
        Assert.Equal(CliApp.InputFailed, exit);
        Assert.Contains("joined", stderr);
        Assert.False(File.Exists(Path.Combine(output, "joined.md")));
    }

    [Fact]
    public void Inspect_shows_outline_footnotes_tables_and_warnings_with_locations()
    {
        var (exit, stdout, _) = Cli("inspect", Repo.Fixture("lanshan-2026-budget-report.txt"));
        Assert.Equal(0, exit);
        Assert.Contains("第一章 2025 年预算执行情况  (line 11)", stdout);
        Assert.Contains("        1. 税收收入", stdout);
        Assert.Contains("Footnotes: 5 defined, 5 references, 0 unmatched markers", stdout);
        Assert.Contains("2025 年: 1 rows x 3 columns", stdout);
        Assert.Contains("lines 25-31: warning: joined", stdout);
    }

    [Fact]
    public void Inspect_json_lists_unmatched_markers_for_scripts()
    {
        string input = Input("bad-notes.txt", Encoding.UTF8.GetBytes("各位代表：\n\n甲³乙。\n\n¹ 没有引用的注释。"));
        var (exit, stdout, _) = Cli("inspect", input, "--json");
        Assert.Equal(0, exit);
        var json = System.Text.Json.Nodes.JsonNode.Parse(stdout)!;
        Assert.Single(json["footnotes"]!["unmatchedMarkers"]!.AsArray());
        Assert.Single(json["footnotes"]!["unreferencedDefinitions"]!.AsArray());
        Assert.Equal(3, (int)json["diagnostics"]![0]!["startLine"]!);
    }

    [Fact]
    public void Inspect_of_bad_input_is_one_line_and_exit_1()
    {
        var (exit, _, stderr) = Cli("inspect", Path.Combine(work, "nope.txt"));
        Assert.Equal(CliApp.InputFailed, exit);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_unknown_output_format_is_a_usage_error()
    {
        var (exit, _, stderr) = Cli("convert", Repo.Fixture("riverton-2026-budget-report.txt"), "-o", work, "--to", "pdf");
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("unknown output format 'pdf'", stderr);
    }

    [Fact]
    public void Missing_output_option_is_a_usage_error()
    {
        var (exit, _, stderr) = Cli("convert", "x.txt");
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("--output", stderr);
    }

    [Fact]
    public void Help_documents_the_command()
    {
        var (exit, stdout, _) = Cli("convert", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--to", stdout);
        Assert.Contains("temporary file", stdout);
    }
}
