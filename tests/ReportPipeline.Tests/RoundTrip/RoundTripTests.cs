using CsCheck;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Readers.Docx;
using ReportPipeline.Readers.Html;
using ReportPipeline.Readers.Markdown;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.Support;
using ReportPipeline.Tests.Writers;
using ReportPipeline.Writers;
using ReportPipeline.Writers.Docx;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.RoundTrip;

/// <summary>For each format with a reader and a writer, reading what the writer wrote gives the same tree.</summary>
public class RoundTripTests
{
    public static readonly Dictionary<string, (IReportWriter Writer, IReportReader Reader)> Formats = new()
    {
        ["md"] = (new MarkdownReportWriter(), new MarkdownReportReader()),
        ["html"] = (new HtmlReportWriter(), new HtmlReportReader()),
        ["docx"] = (new DocxReportWriter(), new DocxReportReader()),
    };

    public static TheoryData<string, string> FixturesByFormat
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var format in Formats.Keys)
                foreach (var report in new[] { ExpectedReport.Seed, ExpectedReport.Budget, ExpectedReport.English })
                    data.Add(format, report.Fixture);
            return data;
        }
    }

    public static ReportDocument RoundTrip(string format, ReportDocument document) =>
        Formats[format].Reader.Read(Run.Render(Formats[format].Writer, document));

    [Theory]
    [MemberData(nameof(FixturesByFormat))]
    public void A_fixture_reads_back_to_the_same_tree(string format, string fixture)
    {
        var original = Run.Fixture(fixture);
        var reread = RoundTrip(format, original);
        TreeComparison.AssertSameContent(original, reread);
        Assert.Empty(reread.Diagnostics);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("docx")]
    public void Every_node_type_survives(string format) =>
        TreeComparison.AssertSameContent(AllNodes.Document, RoundTrip(format, AllNodes.Document));

    [Fact]
    public void Markdown_keeps_every_node_type_it_can_hold()
    {
        var original = AllNodes.Document;
        var reread = RoundTrip("md", original);
        // CommonMark has no image size either: a figure comes back at the size its image has.
        static ReportDocument WithoutTables(ReportDocument d) => d with
        {
            Blocks = d.Blocks.Where(b => b is not Table).Select(b => b is Figure f ? f with { Images = [.. f.Images.Select(i => i with { Size = null })] } : b).ToValueList(),
        };
        TreeComparison.AssertSameContent(WithoutTables(original), WithoutTables(reread));

        // Markdown has no spans in a table body: the spanning cell stays in its first row, the rows below get an empty cell.
        var table = reread.Single<Table>();
        var expectedTable = original.Single<Table>();
        Assert.Equal(expectedTable.Caption, table.Caption);
        Assert.Equal(expectedTable.Header, table.Header);
        Assert.Equal([["Revenue", "1", "2"], ["", "3", "4"]], table.Body.Select(r => r.Cells.Select(c => c.Content.PlainText()).ToArray()));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    public void Generated_trees_read_back_to_themselves(string format) =>
        TreeGenerator.Document.Sample(document => TreeComparison.AssertSameContent(document, RoundTrip(format, document)), iter: 150);
}

public class PipeTableTests
{
    [Fact]
    public void A_header_row_without_cells_reads_as_a_table_with_no_header()
    {
        // Found by the fuzz test (seed 8myOo35615v1): Markdig can hand over a header row that holds no cells.
        var header = ReportPipeline.Readers.Markdown.PipeTable.SplitHeader([]);
        Assert.Empty(header);
    }

    [Fact]
    public void A_joined_header_splits_back_into_rows_and_spans()
    {
        ValueList<Inline> Cell(string text) => [new Text(text)];
        var header = ReportPipeline.Readers.Markdown.PipeTable.SplitHeader([Cell("指标"), Cell("完成·绝对值"), Cell("完成·增速")]);
        Assert.Equal([(2, 1), (1, 2)], header[0].Select(c => (c.RowSpan, c.ColumnSpan)));
        Assert.Equal(["绝对值", "增速"], header[1].Select(c => c.Text.Plain));
    }
}
