using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Lines of a band read across a two-column page (a title block over the columns) are measured against the page's text width.</summary>
public class PdfAcrossBandTests
{
    // Two columns, 50–290 and 305–545 pt, of 10 pt text.
    private static readonly BodyGeometry Body = new(new Dictionary<int, (double, double)> { [0] = (50, 290), [1] = (305, 545) }, 12, 10);

    private static PdfLine Across(string text, double left, double right, double baseline, double size = 14.3) =>
        new(text, left, right, baseline, size, true, 1, ReadingOrder.AcrossColumns);

    [Fact]
    public void A_title_wrapped_over_two_lines_centred_on_the_page_above_two_columns_is_one_paragraph()
    {
        var lines = new[] { Across("A Survey of Water Quality in Small Catchments", 130, 465, 720), Across("across Three Regions", 216, 379, 702) };
        var paragraphs = PdfParagraphBuilder.Build(lines.Select(l => (PdfFlowItem)new FlowLine(l)), Body, PdfParagraphOptions.Default).OfType<PdfParagraph>();
        Assert.Equal(["A Survey of Water Quality in Small Catchments across Three Regions"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void The_edges_of_a_band_read_across_are_those_of_all_the_columns()
    {
        Assert.Equal((50d, 545d), Body.Of(Across("x", 100, 200, 700)));
        Assert.Equal((305d, 545d), Body.Of(new PdfLine("x", 310, 400, 700, 10, false, 1, 1)));
    }
}
