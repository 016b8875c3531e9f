using System.Text;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Readers.Docx;
using ReportPipeline.Readers.Html;
using static ReportPipeline.Tests.Hostile.HostileFiles;

namespace ReportPipeline.Tests.Hostile;

/// <summary>
/// Tables within tables have a budget (<see cref="Budgets.MaxTableNestingDepth"/>) in Word and HTML, checked before
/// the document's tree is built; a table nested within it keeps its text in the cell that holds it.
/// </summary>
public class TableNestingTests
{
    private static byte[] NestedHtmlTables(int depth) => Encoding.UTF8.GetBytes("<html><body><h1>Report</h1><p>Tables follow.</p>"
        + string.Concat(Enumerable.Repeat("<table><tr><td>cell", depth)) + "deep" + string.Concat(Enumerable.Repeat("</td></tr></table>", depth))
        + "<p>End.</p></body></html>");

    private static string Cells(ReportDocument d) =>
        string.Join(" ", d.Blocks.OfType<Table>().SelectMany(t => t.Header.Concat(t.Body)).SelectMany(r => r.Cells).Select(c => c.Content.PlainText()));

    [Fact]
    public void Word_tables_nested_to_the_budget_are_read_with_the_inner_text_in_the_outer_cell()
    {
        var d = new DocxReportReader().Read(DocxWithNestedTables(Budgets.Default.MaxTableNestingDepth));
        Assert.Single(d.Blocks.OfType<Table>());
        Assert.Contains("deep", Cells(d));
    }

    [Fact]
    public void Word_tables_nested_past_the_budget_are_refused_in_one_line_naming_it_and_a_raised_budget_takes_them()
    {
        int depth = Budgets.Default.MaxTableNestingDepth + 1;
        var e = Assert.Throws<ReportReadException>(() => new DocxReportReader().Read(DocxWithNestedTables(depth)));
        Assert.Contains("budgets.maxTableNestingDepth", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        using (Budgets.Use(Budgets.Default with { MaxTableNestingDepth = depth }))
            Assert.Contains("deep", Cells(new DocxReportReader().Read(DocxWithNestedTables(depth))));
    }

    [Fact]
    public void A_word_part_nesting_elements_past_the_element_budget_is_refused()
    {
        string deep = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 300)) + Paragraph("deep") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 300));
        var e = Assert.Throws<ReportReadException>(() => new DocxReportReader().Read(DocxWith("word/document.xml", DocumentXml(Paragraph("Report") + deep))));
        Assert.Contains("budgets.maxNestingDepth", e.Message);
    }

    [Fact]
    public void Html_tables_nested_past_the_budget_are_refused_and_within_it_read()
    {
        int depth = Budgets.Default.MaxTableNestingDepth;
        Assert.Contains("deep", Cells(new HtmlReportReader().Read(NestedHtmlTables(3))));
        var e = Assert.Throws<ReportReadException>(() => new HtmlReportReader().Read(NestedHtmlTables(depth + 1)));
        Assert.Contains("budgets.maxTableNestingDepth", e.Message);
    }
}
