using ReportPipeline.Cli;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Conventions;

public sealed class ConversionOptionsTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("rp-options-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void The_defaults_written_out_read_back_as_the_defaults()
    {
        var options = ConversionOptionsFile.Parse(ConversionOptionsFile.DefaultsAsJson());
        Assert.Equal(ConversionOptions.Default.Structure, options.Structure);
        Assert.Equal(ConversionOptionsFile.DefaultsAsJson(), System.Text.Json.JsonSerializer.Serialize(options,
            new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase, WriteIndented = true }));
    }

    [Fact]
    public void A_file_changes_only_what_it_names()
    {
        var options = ConversionOptionsFile.Parse("""{ "structure": { "maxHeadingLength": 12 }, "pdf": { "lines": { "columnGap": 2.5 } } }""");
        Assert.Equal(12, options.Structure.MaxHeadingLength);
        Assert.Equal(ConversionOptions.Default.Structure.MaxLeadSentenceLength, options.Structure.MaxLeadSentenceLength);
        Assert.Contains("\"columnGap\": 2.5", System.Text.Json.JsonSerializer.Serialize(options,
            new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase, WriteIndented = true }));
    }

    [Theory]
    [InlineData("""{ "structure": { "maxHeadingLenght": 12 } }""", "structure.maxHeadingLenght")]
    [InlineData("""{ "pdf": { "lines": { "gap": 1 } } }""", "pdf.lines.gap")]
    [InlineData("""{ "structure": { "maxHeadingLength": "long" } }""", "structure.maxHeadingLength")]
    [InlineData("""{ "structure": { "maxHeadingLength": -1 } }""", "structure.maxHeadingLength")]
    [InlineData("""{ "structure": 3 }""", "structure")]
    public void Unknown_keys_and_bad_values_are_refused_with_their_path(string json, string path)
    {
        var e = Assert.Throws<ReportReadException>(() => ConversionOptionsFile.Parse(json));
        Assert.Contains($"'{path}'", e.Message);
    }

    [Fact]
    public void The_example_in_the_docs_loads() =>
        Assert.Equal(80, ConversionOptionsFile.Load(Path.Combine(Repo.Root, "docs", "options.example.json")).Structure.MaxHeadingLength);

    [Fact]
    public void Options_reach_recovery_through_the_command_line()
    {
        string input = Path.Combine(work, "report.txt");
        File.WriteAllText(input, "报告\n\n各位代表：\n\n一、工作回顾与今后的主要任务安排\n\n正文。");
        string options = Path.Combine(work, "options.json");
        File.WriteAllText(options, """{ "structure": { "maxHeadingLength": 5 } }""");
        var (exit, stdout, _) = Cli("inspect", input, "--options", options);
        Assert.Equal(CliApp.Success, exit);
        Assert.DoesNotContain("一、工作回顾", stdout.Split("Footnotes")[0]); // too long for a heading now
        Assert.Contains("一、工作回顾", Cli("inspect", input).Out);
    }

    [Fact]
    public void A_bad_options_file_is_a_usage_error_naming_the_key_and_writes_nothing()
    {
        string options = Path.Combine(work, "options.json");
        File.WriteAllText(options, """{ "structure": { "maxHeadingLenght": 5 } }""");
        string output = Path.Combine(work, "out");
        var (exit, _, stderr) = Cli("convert", Repo.Fixture("riverton-2026-budget-report.txt"), "-o", output, "--options", options);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("structure.maxHeadingLenght", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(output));
    }

    private static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        return (CliApp.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }
}
