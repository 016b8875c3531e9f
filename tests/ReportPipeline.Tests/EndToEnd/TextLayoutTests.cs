using System.Text.Json.Nodes;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Json;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>
/// The seed in the text layouts people really have (made by scripts/make-seed-variants.py) gives the seed's own tree:
/// the same metadata, blocks and footnotes, whatever the encoding, paragraph layout, marker style or place of the notes.
/// </summary>
public class TextLayoutTests
{
    [Theory]
    [InlineData("gb18030.txt")]
    [InlineData("utf8-bom-crlf.txt")]
    [InlineData("utf16.txt")]
    [InlineData("indented.txt")]
    [InlineData("circled.txt")]
    [InlineData("bracketed.txt")]
    public void A_variant_gives_the_seeds_tree(string variant)
    {
        string expected = Content(Run.Fixture(ExpectedReport.Seed.Fixture));
        string actual = Content(Run.Fixture(Path.Combine("variants", variant)));
        Assert.True(expected == actual, Snapshot.Diff(expected, actual));
    }

    /// <summary>The tree's JSON without what legitimately differs: source lines, marker spelling, diagnostics.</summary>
    private static string Content(ReportPipeline.Model.ReportDocument document)
    {
        var json = JsonNode.Parse(Run.RenderText(new JsonReportWriter(), document))!.AsObject();
        json.Remove("diagnostics");
        Strip(json);
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove("source");
                o.Remove("marker");
                foreach (var (_, child) in o) Strip(child);
                break;
            case JsonArray a:
                foreach (var child in a) Strip(child);
                break;
        }
    }
}
