using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// Notes as a careful reader counts them, on hand-made pages: a block set apart at a column's foot is an unmarked note
/// (but a page's footer row is not), and a paragraph opening with a superscript number is a note only in sequence and
/// with a word in it (a formula whose Greek letters come out as superscript digits is none).
/// </summary>
public class PdfNoteRuleTests
{
    private static PdfLine L(string text, double baseline, double size, double left = 72, double right = 300, int column = 0) =>
        new(text, left, right, baseline, size, false, 1, column);

    [Fact]
    public void A_smaller_line_set_apart_at_the_foot_of_a_column_is_an_unmarked_note()
    {
        var column = new List<PdfLine> { L("Body text of the column runs down", 120, 10), L("to the last line of the column.", 108, 10), L("Published in the proceedings of a meeting, 2003.", 34, 9, right: 520) };
        var (body, notes) = FootnoteZoneDetector.Separate(column, 10, 792, [], FootnoteZoneOptions.Default, foot: new PageFoot(792, column));
        Assert.Equal(2, body.Count);
        var note = Assert.Single(notes);
        Assert.Equal(("", "Published in the proceedings of a meeting, 2003."), (note.Symbol, note.Text));
    }

    [Theory]
    [InlineData("¹Pub. L. No. 105, 112 Stat. 2860 (1998).", 1, "Pub. L. No. 105, 112 Stat. 2860 (1998).")] // the next note's number, raised
    [InlineData("²Pub. L. No. 105, 112 Stat. 2860 (1998).", 0, "²Pub. L. No. 105, 112 Stat. 2860 (1998).")] // out of sequence: no number
    [InlineData("1 Pub. L. No. 105, 112 Stat. 2860 (1998).", 0, "1 Pub. L. No. 105, 112 Stat. 2860 (1998).")] // not raised
    public void A_block_set_apart_at_the_foot_opening_with_the_next_raised_number_is_that_numbered_note(string line, int number, string text)
    {
        var column = new List<PdfLine> { L("Body text of the column runs down", 120, 10), L("to the last line of the column.", 108, 10), L(line, 34, 9, right: 520) };
        var note = Assert.Single(FootnoteZoneDetector.Separate(column, 10, 792, [], FootnoteZoneOptions.Default, foot: new PageFoot(792, column)).Notes);
        Assert.Equal((number, text, number > 0), (note.Number, note.Text, note.IsNumbered));
    }

    [Theory]
    [InlineData(96, 9, 10)] // close under the text: the text's own last line, set small
    [InlineData(34, 10, 10)] // the body's size: a line of the text
    [InlineData(300, 9, 10)] // high on the page: the column ends early, over a figure or the page's white
    public void A_foot_line_not_set_apart_small_and_low_is_no_note(double baseline, double size, double bodySize)
    {
        var column = new List<PdfLine> { L("Body text of the column runs down", 120, 10), L("to the last line of the column.", 108, 10), L("Published in the proceedings of a meeting, 2003.", baseline, size) };
        Assert.Empty(FootnoteZoneDetector.Separate(column, bodySize, 792, [], FootnoteZoneOptions.Default, foot: new PageFoot(792, column)).Notes);
    }

    [Fact]
    public void A_footer_row_of_a_disclaimer_and_a_motto_is_no_note()
    {
        var left = new List<PdfLine> { L("正文的最后一行。", 120, 10), L("请阅读正文之后的声明", 20, 9, right: 210) };
        var right = L("成就梦想", 20, 9, left: 480, right: 550, column: 1);
        Assert.Empty(FootnoteZoneDetector.Separate(left, 10, 842, [], FootnoteZoneOptions.Default, foot: new PageFoot(842, [.. left, right])).Notes);
    }

    [Theory]
    [InlineData(7, 1, null, true)] // the first note of a page taken from the middle of a paper
    [InlineData(3, 2, 2, true)] // the next note
    [InlineData(1, 3, 5, true)] // notes numbered again on a later page
    [InlineData(3, 2, 3, false)] // the same number again
    [InlineData(1, 2, 5, false)] // 1 again on the same page
    public void A_note_opening_a_paragraph_follows_the_last_note(int number, int page, int? lastNumber, bool expected)
    {
        (int, int)? last = lastNumber is int n ? (n, number == 1 && expected ? page - 1 : page) : null;
        Assert.Equal(expected, NoteDefinitionRule.InSequence(number, page, last));
    }

    [Theory]
    [InlineData("See the table below.", true)]
    [InlineData("本研究得到资助。", true)]
    [InlineData("(c; d) < e", false)]
    [InlineData(": End(V) → R+", false)]
    [InlineData("(Br n G)·(fg 2 Br : Tr(g)) = 0", false)]
    public void A_note_holds_a_word(string text, bool expected) => Assert.Equal(expected, NoteDefinitionRule.HoldsWord(text));

    [Fact]
    public void A_formula_opening_with_superscript_digits_in_the_body_is_no_note()
    {
        PdfParagraph Para(string text, double baseline) => new(text, 1, false, [new PdfLine(text, 72, 400, baseline, 10, false, 1)]);
        var flow = new List<PdfFlowItem> { Para("We claim the following holds for every element.", 700), Para("³(c; d) < e", 680), Para("¹(Br n G) = 0:", 660),
            Para("Then the bound follows.", 640) };
        var doc = StructureRecovery.Recover(PdfCandidates.Build(flow, [], 10));
        Assert.Empty(doc.Footnotes);
        Assert.Equal(4, doc.Blocks.Count);
    }
}
