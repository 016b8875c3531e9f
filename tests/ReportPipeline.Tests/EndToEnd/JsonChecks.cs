using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Json;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>The JSON tree validates against the committed schema.</summary>
public class JsonChecks
{
    internal static readonly JsonSchema Schema = JsonSchema.FromFile(Repo.Path("schemas", "report.schema.json"));

    [Theory]
    [MemberData(nameof(ExpectedReport.Inputs), MemberType = typeof(ExpectedReport))]
    public void Json_output_validates_against_the_schema(ExpectedReport expected, string input)
    {
        var json = JsonNode.Parse(Run.RenderText(new JsonReportWriter(), Run.Fixture(input)));
        var result = Schema.Evaluate(JsonSerializer.SerializeToElement(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
        Assert.Equal(expected.Footnotes, json!["footnotes"]!.AsArray().Count);
    }

    [Fact]
    public void The_schema_rejects_a_tree_that_breaks_it()
    {
        var json = JsonNode.Parse(Run.RenderText(new JsonReportWriter(), Run.FromText("各位代表：\n\n一、总体\n\n正文。")))!;
        json["blocks"]![1]!["level"] = 9;
        Assert.False(Schema.Evaluate(JsonSerializer.SerializeToElement(json)).IsValid);
    }
}
