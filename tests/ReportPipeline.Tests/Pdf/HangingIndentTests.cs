using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// The PDF reader's one hanging-indent rule, on hand-made lines at 10 points (an item's first line at 100): a line under
/// the text after a bullet or a label goes on with the item; its limits are the paragraph options.
/// </summary>
public class HangingIndentTests
{
    private static PdfLine L(string text, double left, int page = 1) => new(text, left, 400, 700, 10, false, page);

    [Theory]
    [InlineData("1. First item of the list", 112, true)]   // under the text after "1. "
    [InlineData("1. First item of the list", 102, false)]  // level with the label, within AlignShare
    [InlineData("1. First item of the list", 125, false)]  // beyond the label's width (3 letters × 0.75 sizes): an indent of its own
    [InlineData("(12) Twelfth item", 125, true)]           // a wider label hangs its lines further
    [InlineData("• A bulleted item", 135, true)]           // a bullet: within HangShare
    [InlineData("• A bulleted item", 145, false)]          // beyond HangShare (4 sizes)
    [InlineData("A plain line", 112, false)]               // no label, no item
    public void A_line_hangs_under_the_text_after_an_items_label(string opening, double left, bool hangs) =>
        Assert.Equal(hangs, HangingIndent.Hangs(L(opening, 100), L("goes on here", left), PdfParagraphOptions.Default));

    [Fact]
    public void A_line_opening_its_own_label_does_not_hang_and_one_on_the_next_page_does()
    {
        Assert.False(HangingIndent.Hangs(L("1. First item", 100), L("(a) a sub-item", 112), PdfParagraphOptions.Default));
        // An item run on over a page break: its wrapped lines hang at the same place on the next page.
        Assert.True(HangingIndent.Hangs(L("1. First item", 100), L("goes on here", 112, page: 2), PdfParagraphOptions.Default));
    }

    [Fact]
    public void The_limits_are_named_options()
    {
        PdfLine opening = L("1. First item of the list", 100), line = L("goes on here", 125);
        Assert.True(HangingIndent.Hangs(opening, line, PdfParagraphOptions.Default with { LabelHangShare = 1 }));
        Assert.False(HangingIndent.Hangs(L("• A bulleted item", 100), L("goes on here", 135), PdfParagraphOptions.Default with { HangShare = 3 }));
        Assert.False(HangingIndent.Hangs(opening, L("goes on here", 112), PdfParagraphOptions.Default with { AlignShare = 1.5 }));
        // The paragraph builder and the item mark both follow it.
        Assert.True(PdfParagraphBuilder.IsItem([opening, L("goes on here", 112)], PdfParagraphOptions.Default));
        Assert.False(PdfParagraphBuilder.IsItem([opening, line], PdfParagraphOptions.Default));
    }
}
