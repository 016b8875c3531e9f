using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Structure read from PDF pages: numbered paragraphs in sequence, bold headings wrapped over lines.</summary>
public class PdfStructureTests
{
    private static readonly BodyGeometry Body = new(new Dictionary<int, (double, double)> { [0] = (50, 200) }, 10, 9);

    private static PdfLine Line(string text, double baseline, double left = 50, double right = 198, bool bold = false) =>
        new(text, left, right, baseline, 9, bold, 1, Styles: Enumerable.Repeat(bold ? PdfCharStyle.Bold : PdfCharStyle.None, text.Length).ToList());

    private static List<PdfFlowItem> Flow(params PdfLine[] lines) =>
        PdfParagraphBuilder.Build(lines.Select(l => (PdfFlowItem)new FlowLine(l)), Body, PdfParagraphOptions.Default);

    [Theory]
    [InlineData("(1) first", "(2) second", true)]
    [InlineData("（1）第一", "（2）第二", true)]
    [InlineData("a) first", "b) second", true)]
    [InlineData("3. third", "4. fourth", true)]
    [InlineData("(1) first", "(3) third", false)] // not the next label
    [InlineData("(1) first", "2. second", false)] // another form
    [InlineData("Text that lists", "(2) second", false)] // the paragraph opens with no label
    [InlineData("(a) first", "(2) second", false)]
    public void A_line_opening_with_the_next_label_of_the_paragraphs_own_is_its_sequel(string opening, string line, bool next) =>
        Assert.Equal(next, PdfParagraphBuilder.NextInSequence(opening, line));

    [Fact]
    public void A_numbered_paragraph_set_flush_without_a_gap_opens_after_the_one_before()
    {
        var paragraphs = Flow(Line("(1) Is not a significant regulatory", 700), Line("action under the order,", 690),
                Line("(2) Will not affect intrastate aviation", 680), Line("in the region, and", 670, right: 120))
            .OfType<PdfParagraph>().Select(p => p.Text).ToList();
        Assert.Equal(["(1) Is not a significant regulatory action under the order,", "(2) Will not affect intrastate aviation in the region, and"], paragraphs);
    }

    [Fact]
    public void A_numbered_clause_ending_in_a_comma_or_a_joining_word_is_no_heading()
    {
        var doc = StructureRecovery.Recover([new SourceLine("Dear members:", 1), new SourceLine("", 2),
            new SourceLine("(2) Will not affect trade in the region, and", 3), new SourceLine("", 4),
            new SourceLine("(3) In the operating chapter,", 5), new SourceLine("", 6), new SourceLine("(4) Real heading", 7)]);
        Assert.Equal(["Real heading"], doc.Blocks.OfType<Heading>().Select(h => h.Title.PlainText()));
    }

    private static ReportDocument Recover(List<PdfFlowItem> flow) => StructureRecovery.Recover(PdfCandidates.Build(flow, [], 9));

    [Fact]
    public void A_bold_block_wrapped_over_two_lines_with_space_above_and_regular_text_after_is_a_heading()
    {
        var flow = Flow(Line("The plan will address the actions that return the", 700), Line("service to the public.", 690, right: 150),
            Line("Explanation of Certain Provisions, for Alternative", 675, bold: true), Line("Methods of Compliance With the Rule", 665, right: 180, bold: true),
            Line("The rule applies to all operators in the region", 651, left: 59), Line("that hold a certificate.", 641, right: 140));
        var heading = Assert.Single(Recover(flow).Blocks.OfType<Heading>());
        Assert.Equal("Explanation of Certain Provisions, for Alternative Methods of Compliance With the Rule", heading.Title.PlainText());
    }

    [Theory]
    [InlineData(681, false, "Methods of Compliance With the Rule")] // no space above: part of the text
    [InlineData(675, true, "Methods of Compliance With the Rule")] // bold text after it: a bold passage
    [InlineData(675, false, "Methods of Compliance With the Rule.")] // a finished sentence
    public void A_long_bold_block_not_set_apart_stays_a_bold_paragraph(double top, bool boldAfter, string second)
    {
        var flow = Flow(Line("The plan will address the actions that return the", 691), Line("service to the public, and all", 681 + 10, right: 150),
            Line("Explanation of Certain Provisions for Alternative", top, bold: true), Line(second, top - 10, right: 180, bold: true),
            Line("The rule applies to all operators in the region", top - 24, left: 59, bold: boldAfter), Line("that hold a certificate.", top - 34, right: 140, bold: boldAfter));
        Assert.Empty(Recover(flow).Blocks.OfType<Heading>());
    }
}
