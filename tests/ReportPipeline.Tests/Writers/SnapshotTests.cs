using ReportPipeline.Model;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Docx;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Json;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.Writers;

/// <summary>
/// Golden files. Reader: each fixture's tree as JSON. Writers: each fixture, and one hand-built tree holding every
/// node type, through every writer (Word as its normalized XML parts). Accept a reviewed change with VERIFY_ACCEPT=1.
/// </summary>
public class SnapshotTests
{
    [Theory]
    [MemberData(nameof(ExpectedReport.All), MemberType = typeof(ExpectedReport))]
    public void Fixture_outputs_match_their_snapshots(ExpectedReport expected)
    {
        var doc = Run.Fixture(expected.Fixture);
        VerifyAllWriters(Path.GetFileNameWithoutExtension(expected.Fixture), doc);
    }

    [Fact]
    public void Every_node_type_renders_in_every_writer() => VerifyAllWriters("all-nodes", AllNodes.Document);

    private static void VerifyAllWriters(string name, ReportDocument doc)
    {
        Snapshot.Verify(name, "json", Run.RenderText(new JsonReportWriter(), doc));
        Snapshot.Verify(name, "md", Run.RenderText(new MarkdownReportWriter(), doc));
        Snapshot.Verify(name, "html", Run.RenderText(new HtmlReportWriter(), doc));
        Snapshot.Verify(name + ".docx", "xml", DocxParts.Normalize(Run.Render(new DocxReportWriter(), doc)));
    }
}
