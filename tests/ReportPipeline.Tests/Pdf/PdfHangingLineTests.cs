using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Lines set in from the column that go on with the paragraph above: an item's hanging lines, a block quote.</summary>
public class PdfHangingLineTests
{
    // A column from 108 to 504 pt, 12 pt type on a 13.5 pt pitch.
    private static readonly BodyGeometry Body = new(new Dictionary<int, (double, double)> { [0] = (108, 504) }, 13.5, 12);

    private static PdfLine Line(string text, double left, double right, double baseline) => new(text, left, right, baseline, 12, false, 1);

    private static List<string> Paragraphs(params PdfLine[] lines) =>
        PdfParagraphBuilder.Build(lines.Select(l => (PdfFlowItem)new FlowLine(l)), Body, PdfParagraphOptions.Default)
            .OfType<PdfParagraph>().Select(p => p.Text).ToList();

    [Fact]
    public void A_bulleted_items_lines_hanging_under_its_text_are_one_item()
    {
        var paragraphs = Paragraphs(
            Line("• First item opens here and runs on to the", 144, 504, 700),
            Line("right edge of the column, then it hangs", 180, 504, 686.5),
            Line("under its text.", 180, 260, 673),
            Line("• Second item.", 144, 240, 659.5));
        Assert.Equal(["• First item opens here and runs on to the right edge of the column, then it hangs under its text.", "• Second item."], paragraphs);
    }

    [Fact]
    public void A_numbered_items_hanging_line_goes_on_with_it()
    {
        var paragraphs = Paragraphs(Line("2. An item numbered two that fills the whole", 108, 504, 700), Line("measure and hangs.", 126, 230, 686.5));
        Assert.Single(paragraphs);
    }

    [Fact]
    public void A_block_quote_set_in_on_both_sides_is_one_paragraph_measured_against_its_own_right_edge()
    {
        var paragraphs = Paragraphs(
            Line("The treaty states:", 144, 260, 700),
            Line("Parties shall provide adequate legal protec-", 180, 432, 673),
            Line("tion and effective legal remedies against", 180, 432, 659.5),
            Line("the circumvention of measures.", 180, 350, 646),
            Line("The text after the quote starts at the margin.", 108, 400, 619));
        Assert.Equal(3, paragraphs.Count);
        Assert.Equal("Parties shall provide adequate legal protection and effective legal remedies against the circumvention of measures.", paragraphs[1]);
    }

    [Fact]
    public void Lines_set_in_under_a_plain_paragraph_or_too_far_right_of_an_item_still_open_paragraphs()
    {
        // A plain paragraph's first line is indented; the next paragraph's indented first line opens a paragraph.
        Assert.Equal(2, Paragraphs(Line("A paragraph of one full line that ends at the edge.", 108, 504, 700), Line("Indented next.", 144, 300, 686.5)).Count);
        // A line far right of an item (a column of its own, a signature) is no hanging line.
        Assert.Equal(2, Paragraphs(Line("• An item filling the whole measure of the column", 144, 504, 700), Line("Signed far right", 380, 504, 686.5)).Count);
        // Short lines set in level on the left but not sharing a right edge (an address) stay lines of their own.
        Assert.Equal(3, Paragraphs(Line("Office of the Register", 180, 300, 700), Line("101 Main Street", 180, 270, 686.5), Line("Springfield", 180, 240, 673)).Count);
    }

    [Fact]
    public void The_hang_and_alignment_limits_are_options()
    {
        var lines = new[] { Line("• An item filling the whole measure of the column", 144, 504, 700), Line("hangs under it.", 180, 300, 686.5) };
        var narrow = PdfParagraphOptions.Default with { HangShare = 2 };
        Assert.Equal(2, PdfParagraphBuilder.Build(lines.Select(l => (PdfFlowItem)new FlowLine(l)), Body, narrow).OfType<PdfParagraph>().Count());
    }

    [Fact]
    public void Two_centred_lines_of_one_width_with_no_third_under_them_are_no_block_quote()
    {
        var paragraphs = Paragraphs(Line("Delivered at the Fourth Session", 200, 412, 700), Line("of the City Assembly", 200, 412, 686.5),
            Line("The text starts at the margin and runs to the edge.", 108, 504, 659.5));
        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void A_numbered_paragraph_hanging_under_its_number_is_a_list_item_and_no_heading()
    {
        var flow = new List<PdfFlowItem>
        {
            new FlowLine(Line("Text before the items runs to the right edge of it.", 108, 504, 720)),
            new FlowLine(Line("2. Short first sentence. Then the item goes on", 108, 504, 700)),
            new FlowLine(Line("hanging under its text.", 126, 260, 686.5)),
            new FlowLine(Line("3. Short first sentence. Then another one.", 108, 330, 673)),
        };
        var paragraphs = PdfParagraphBuilder.Build(flow, Body, PdfParagraphOptions.Default).OfType<PdfParagraph>().ToList();
        Assert.Equal([false, true, false], paragraphs.Select(p => p.Item));
        var document = ReportPipeline.Structure.StructureRecovery.Recover(PdfCandidates.Build(paragraphs.Cast<PdfFlowItem>().ToList(), [], 12));
        var item = Assert.Single(document.Blocks.OfType<ReportPipeline.Model.Paragraph>(), b => b.Content.PlainText().StartsWith("2.", StringComparison.Ordinal));
        Assert.EndsWith("hanging under its text.", item.Content.PlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain(document.Blocks.OfType<ReportPipeline.Model.Heading>(), h => h.Label == "2.");
    }
}
