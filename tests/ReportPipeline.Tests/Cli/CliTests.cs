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
        Assert.Contains("4 footnotes", stdout);
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
        Assert.Empty(stdout);
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
