using ReportPipeline.Cli;
using ReportPipeline.Decoding;
using ReportPipeline.Pipeline;

namespace ReportPipeline.Tests.Hostile;

/// <summary>The budgets are part of <see cref="ConversionOptions"/>: an options file raises or lowers one, and the refusal follows.</summary>
public sealed class BudgetOptionsTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("rp-budgets-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void The_budgets_are_written_with_the_other_defaults_and_read_back()
    {
        Assert.Contains("\"maxNotes\": 200000", ConversionOptionsFile.DefaultsAsJson());
        var options = ConversionOptionsFile.Parse("""{ "budgets": { "maxTableCells": 5 } }""");
        Assert.Equal(5, options.Budgets.MaxTableCells);
        Assert.Equal(Budgets.Default.MaxNotes, options.Budgets.MaxNotes);
    }

    [Theory]
    [InlineData("""{ "budgets": { "maxNote": 5 } }""", "budgets.maxNote")]
    [InlineData("""{ "budgets": { "maxNotes": "many" } }""", "budgets.maxNotes")]
    [InlineData("""{ "budgets": { "maxNotes": -1 } }""", "budgets.maxNotes")]
    public void An_unknown_or_bad_budget_is_refused_with_its_path(string json, string path)
    {
        var e = Assert.Throws<ReportReadException>(() => ConversionOptionsFile.Parse(json));
        Assert.Contains($"'{path}'", e.Message);
    }

    [Fact]
    public void Lowering_a_budget_in_an_options_file_refuses_a_file_the_default_takes()
    {
        string input = TenNotes();
        string options = Write("lower.json", """{ "budgets": { "maxNotes": 5 } }""");

        Assert.Equal(CliApp.Success, Cli("convert", input, "-o", Path.Combine(work, "default"), "--to", "json").Exit);
        var (exit, _, stderr) = Cli("convert", input, "-o", Path.Combine(work, "lowered"), "--to", "json", "--options", options);
        Assert.Equal(CliApp.InputFailed, exit);
        Assert.Contains("budgets.maxNotes", stderr);
        Assert.False(File.Exists(Path.Combine(work, "lowered", "notes.json")));
    }

    [Fact]
    public void Raising_a_budget_in_an_options_file_converts_a_file_the_default_refuses()
    {
        // 1,200 rows of a cell spanning 1,000 columns: 1.2 million grid positions, over the default of a million.
        string input = Path.Combine(work, "wide.html");
        File.WriteAllText(input, "<!DOCTYPE html><html><body><h1>表</h1><table>"
            + string.Concat(Enumerable.Repeat("<tr><td colspan=\"1000\">x</td></tr>", 1200)) + "</table></body></html>");
        string options = Write("raise.json", """{ "budgets": { "maxTableCells": 2000000 } }""");

        var (exit, _, stderr) = Cli("convert", input, "-o", Path.Combine(work, "default"), "--to", "json");
        Assert.Equal(CliApp.InputFailed, exit);
        Assert.Contains("budgets.maxTableCells", stderr);
        Assert.Equal(CliApp.Success, Cli("convert", input, "-o", Path.Combine(work, "raised"), "--to", "json", "--options", options).Exit);
        Assert.True(File.Exists(Path.Combine(work, "raised", "wide.json")));
    }

    [Fact]
    public void The_built_command_reads_an_options_file_without_reflection_as_the_Native_AOT_build_must()
    {
        // The command's own process, whose runtime forbids JSON through reflection (as Native AOT has none): an options
        // file read by reflection failed there with an unhandled exception while every in-process test passed.
        string input = TenNotes();
        string lower = Write("lower.json", """{ "budgets": { "maxNotes": 5 } }""");
        string same = Write("same.json", """{ "structure": { "maxHeadingLength": 80 } }""");

        var refused = CliProcess.Run(["convert", input, "-o", Path.Combine(work, "lowered"), "--to", "json", "--options", lower]);
        Assert.Equal(CliApp.InputFailed, refused.Exit);
        Assert.Contains("budgets.maxNotes", refused.Err);
        var taken = CliProcess.Run(["convert", input, "-o", Path.Combine(work, "same"), "--to", "json", "--options", same]);
        Assert.True(taken.Exit == CliApp.Success, taken.Err);
        Assert.True(File.Exists(Path.Combine(work, "same", "notes.json")));
    }

    [Fact]
    public void The_folder_walk_keeps_the_budget_of_the_options_file()
    {
        string folder = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
        for (int i = 0; i < 3; i++) File.WriteAllText(Path.Combine(folder, $"r{i}.txt"), "报告\n\n正文。");
        string options = Write("walk.json", """{ "budgets": { "maxFilesPerWalk": 2 } }""");
        var (exit, _, stderr) = Cli("convert", folder, "-o", Path.Combine(work, "out"), "--to", "json", "--options", options);
        Assert.NotEqual(CliApp.Success, exit);
        Assert.Contains("budgets.maxFilesPerWalk", stderr);
    }

    /// <summary>A Markdown report of ten paragraphs, each citing a note of its own: over a budget of five notes.</summary>
    private string TenNotes()
    {
        string input = Path.Combine(work, "notes.md");
        File.WriteAllText(input, "# 报告\n\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"第{i}段[^{i}]。\n\n"))
            + string.Concat(Enumerable.Range(1, 10).Select(i => $"[^{i}]: 注释{i}。\n")));
        return input;
    }

    private string Write(string name, string json)
    {
        string path = Path.Combine(work, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        return (CliApp.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }
}
