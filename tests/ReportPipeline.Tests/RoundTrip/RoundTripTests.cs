using CsCheck;
using ReportPipeline.Model;
using ReportPipeline.Readers.Markdown;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.Support;
using ReportPipeline.Tests.Writers;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.RoundTrip;

/// <summary>For each format with a reader and a writer, reading what the writer wrote gives the same tree.</summary>
public class RoundTripTests
{
    [Theory]
    [MemberData(nameof(ExpectedReport.All), MemberType = typeof(ExpectedReport))]
    public void Markdown_reads_back_to_the_same_tree(ExpectedReport expected)
    {
        var original = Run.Fixture(expected.Fixture);
        var reread = new MarkdownReportReader().Read(Run.Render(new MarkdownReportWriter(), original));
        TreeComparison.AssertSameContent(original, reread);
        Assert.Empty(reread.Diagnostics);
    }

    [Fact]
    public void Markdown_round_trip_keeps_every_node_type_the_format_can_hold()
    {
        var original = AllNodes.Document;
        var reread = new MarkdownReportReader().Read(Run.Render(new MarkdownReportWriter(), original));
        ReportDocument WithoutTables(ReportDocument d) => d with { Blocks = d.Blocks.Where(b => b is not Table).ToValueList() };
        TreeComparison.AssertSameContent(WithoutTables(original), WithoutTables(reread));

        // Markdown has no spans in a table body: the spanning cell stays in its first row, the rows below get an empty cell.
        var table = reread.Single<Table>();
        var expectedTable = original.Single<Table>();
        Assert.Equal(expectedTable.Caption, table.Caption);
        Assert.Equal(expectedTable.Header, table.Header);
        Assert.Equal([["Revenue", "1", "2"], ["", "3", "4"]], table.Body.Select(r => r.Cells.Select(c => c.Content.PlainText()).ToArray()));
    }
}

/// <summary>Round trips of generated trees: whatever the tree, reading back what a writer wrote gives it again.</summary>
public class GeneratedRoundTripTests
{
    [Fact]
    public void Markdown_round_trips_generated_trees() =>
        TreeGenerator.Document.Sample(document =>
        {
            var reread = new MarkdownReportReader().Read(Run.Render(new MarkdownReportWriter(), document));
            TreeComparison.AssertSameContent(document, reread);
        }, iter: 200);
}
