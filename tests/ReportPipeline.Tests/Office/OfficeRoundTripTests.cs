using System.Text.Json.Nodes;
using ReportPipeline.Model;
using ReportPipeline.Tests.RoundTrip;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers;
using ReportPipeline.Writers.Docx;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Json;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.Office;

/// <summary>
/// Pictures, links and formulas of real Word files survive Markdown, HTML and Word (images byte for byte), and every
/// output keeps at least as many of them as pandoc keeps reading the same file, counted by pandoc itself.
/// </summary>
public class OfficeRoundTripTests
{
    public static TheoryData<string, string> FilesByFormat
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var format in new[] { "md", "html", "docx" })
                foreach (var file in new[] { "mineru-docx_01.docx", "docling-word_sample.docx", "docling-equations.docx", "pandoc-links.docx" })
                    data.Add(format, file);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(FilesByFormat))]
    public void Pictures_links_and_formulas_survive_a_round_trip(string format, string file)
    {
        var original = ThirdPartyOfficeTests.Read(file);
        var reread = RoundTripTests.RoundTrip(format, original);
        Assert.Equal(original.Figures().Select(f => f.Images.Select(i => i.Key)), reread.Figures().Select(f => f.Images.Select(i => i.Key)));
        foreach (var resource in original.Resources.All)
            Assert.True(resource.Bytes.AsSpan().SequenceEqual(reread.Resources[resource.Key].Bytes.AsSpan()), $"{resource.FileName} changed");
        Assert.Equal(original.Figures().Select(f => f.Caption.PlainText()), reread.Figures().Select(f => f.Caption.PlainText()));
        Assert.Equal(original.Links().Select(l => l.Target), reread.Links().Select(l => l.Target));
        Assert.Equal(original.Formulas().Select(f => (f.Text, f.Display)), reread.Formulas().Select(f => (f.Text, f.Display)));
        Assert.Empty(reread.UnresolvedLinks());
    }

    /// <summary>What pandoc keeps of the source that is a contents list, counted by hand (this product leaves contents lists out).</summary>
    private static readonly Dictionary<string, (int Images, int Links, int Formulas)> InContentsList = new()
    {
        ["mineru-docx_01.docx"] = (0, 0, 3),
    };

    public static TheoryData<string, string> FilesByOutput
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var output in new[] { "md", "html", "docx", "json" })
                foreach (var file in new[] { "mineru-docx_01.docx", "docling-word_sample.docx", "docling-equations.docx", "pandoc-links.docx", "pandoc-image_vml.docx" })
                    data.Add(output, file);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(FilesByOutput))]
    public void Every_output_keeps_at_least_what_pandoc_keeps(string output, string file)
    {
        if (!Tools.Available("pandoc")) { Tools.RequireInCI("pandoc"); return; }
        string path = Repo.Fixture(Path.Combine("third-party", file));
        var theirs = PandocCounts.Of(PandocCounts.Json(path, "docx"));
        var skipped = InContentsList.GetValueOrDefault(file);
        var document = ThirdPartyOfficeTests.Read(file);
        var ours = output switch
        {
            "json" => JsonCounts(Run.RenderText(new JsonReportWriter(), document)),
            _ => PandocCounts.Of(PandocCounts.Json(Write(output, document), output switch { "md" => "markdown", var f => f })),
        };
        Assert.True(ours.Images >= theirs.Images - skipped.Images, $"{output}: {ours.Images} images, pandoc {theirs.Images}");
        Assert.True(ours.ExternalLinks >= theirs.ExternalLinks - skipped.Links, $"{output}: {ours.ExternalLinks} links, pandoc {theirs.ExternalLinks}");
        Assert.True(ours.Formulas >= theirs.Formulas - skipped.Formulas, $"{output}: {ours.Formulas} formulas, pandoc {theirs.Formulas}");
    }

    internal static string Write(string format, ReportDocument document)
    {
        IReportWriter writer = format switch
        {
            "md" => new MarkdownReportWriter(),
            "html" => new HtmlReportWriter(),
            _ => new DocxReportWriter(),
        };
        string file = Path.Combine(Path.GetTempPath(), $"rp-office-{Guid.NewGuid():N}.{format}");
        File.WriteAllBytes(file, Run.Render(writer, document));
        return file;
    }

    internal static PandocCounts JsonCounts(string json)
    {
        var counts = new PandocCounts();
        void Walk(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                switch ((string?)o["type"])
                {
                    case "figure" when o["image"] is not null: counts.Images++; break;
                    case "link" when !((string)o["target"]!).StartsWith('#'): counts.ExternalLinks++; break;
                    case "formula": counts.Formulas++; break;
                }
                foreach (var (_, child) in o) Walk(child);
            }
            else if (node is JsonArray a) foreach (var child in a) Walk(child);
        }
        var root = JsonNode.Parse(json)!;
        Walk(root["blocks"]);
        Walk(root["footnotes"]); // links and formulas in notes count as pandoc counts them
        return counts;
    }
}
