using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// A Korean bill's page as Hancom sets it: justified lines wrapped by the syllable, paragraphs indented one em, numbered
/// items with a hanging indent (hand-made lines, 14-point, body from 70 to 524, pitch 32).
/// </summary>
public class PdfKoreanStructureTests
{
    private static readonly BodyGeometry Body = new(new Dictionary<int, (double, double)> { [0] = (70, 524) }, 32, 14);

    private static PdfLine L(string text, double baseline, double left = 70, double right = 524, bool? spaceAtEnd = null, int page = 1) =>
        new(text, left, right, baseline, 14, false, page, SpaceAtEnd: spaceAtEnd);

    private static List<PdfParagraph> Paragraphs(params PdfLine[] lines) =>
        PdfParagraphBuilder.Build(lines.Select(l => (PdfFlowItem)new FlowLine(l)), Body, PdfParagraphOptions.Default).OfType<PdfParagraph>().ToList();

    [Fact]
    public void A_numbered_items_wrapped_lines_hang_under_its_text_and_stay_in_the_item()
    {
        var paragraphs = Paragraphs(
            L("가나 다라마 바사를 다음과 같이 신설한다.", 700),
            L("1. 가나다 라마바 사아자 차카타 파하", 668, left: 84),
            L("거너 더러머 버서", 636, left: 95, right: 300),
            L("2. 어저 처커터 퍼허 가나다 라마바사", 604, left: 84),
            L("아자차 카타파 하거", 572, left: 95, right: 456));
        Assert.Equal(["가나 다라마 바사를 다음과 같이 신설한다.", "1. 가나다 라마바 사아자 차카타 파하 거너 더러머 버서",
            "2. 어저 처커터 퍼허 가나다 라마바사 아자차 카타파 하거"], paragraphs.Select(p => p.Text));
        Assert.True(HangingItems.Hangs(paragraphs[1]));
    }

    [Theory]
    [InlineData(84, 95, true)]   // under the text after "1. "
    [InlineData(84, 84, false)]  // level with the label: no hang
    [InlineData(84, 70, false)]  // back at the column's edge (a Chinese item's wrapped line)
    [InlineData(84, 140, false)] // far beyond the label's width: an indent of its own
    public void A_line_hangs_under_a_numbered_line_only_within_its_labels_width(double opening, double line, bool hangs) =>
        Assert.Equal(hangs, PdfParagraphBuilder.HangsUnder(L("1. 가나다", 700, left: opening), L("라마바", 668, left: line)));

    [Fact]
    public void After_a_finished_sentence_an_indent_of_one_em_opens_a_paragraph()
    {
        // The sentence ends at the right edge: only the indent of the next line tells.
        var paragraphs = Paragraphs(L("가나 다라마 바사아 자차카 타파하 신설한다.", 700), L("그리고 가나다 라마바", 668, left: 84, right: 300));
        Assert.Equal(2, paragraphs.Count);
        // Mid-sentence the same indent is no paragraph (the threshold for it stays IndentShare).
        Assert.Single(Paragraphs(L("가나 다라마 바사아 자차카 타파하 신설하고", 700), L("그리고 가나다 라마바", 668, left: 84, right: 300)));
    }

    /// <summary>Full lines breaking inside words (the PDF draws its spaces and none ends these lines).</summary>
    private static PdfLine[] WrappedBySyllable(double top) =>
    [
        L("가나다 라마바 사아자 차카타 파하거 너더", top, spaceAtEnd: false),
        L("러 머버서 어저처 커터퍼 허가나 다라마", top - 32, spaceAtEnd: false),
        L("바 사아자 차카타 파하거 너더러 머버서", top - 64, spaceAtEnd: false),
        L("어 저처커 터퍼허 가나다 라마바 사아자", top - 96, spaceAtEnd: false),
        L("차카타 파하거.", top - 128, right: 200),
    ];

    [Fact]
    public void A_document_that_breaks_its_hangul_lines_inside_words_wraps_by_the_syllable()
    {
        var words = PdfLineJoiner.HyphenatedWords([]);
        Assert.True(PdfParagraphBuilder.WrapsBySyllable(WrappedBySyllable(700), Body, words, PdfParagraphOptions.Default));
        var betweenWords = WrappedBySyllable(700).Select(l => l with { SpaceAtEnd = l.SpaceAtEnd is false ? true : l.SpaceAtEnd }).ToList();
        Assert.False(PdfParagraphBuilder.WrapsBySyllable(betweenWords, Body, words, PdfParagraphOptions.Default));
    }

    [Fact]
    public void Where_hangul_wraps_by_the_syllable_a_line_ending_short_ends_its_paragraph_whatever_word_comes_next()
    {
        // "5. …" ends three ems short; the next line opens with a word too long for that room, but the text breaks anywhere.
        var item = L("5. 가나다라 마바사아 자차카", 300, left: 84, right: 476);
        var next = L("제22조제3항가나다 라마바 사아자 차카타 파하거 너더러", 268, spaceAtEnd: false);
        var paragraphs = Paragraphs([.. WrappedBySyllable(700), item, next, L("머 버서어.", 236, right: 200)]);
        Assert.Equal(3, paragraphs.Count);
        Assert.StartsWith("제22조제3항", paragraphs[2].Text);
        // Where lines break between words, the long word would not have fit: the short line does not end the item.
        var wordWrapped = WrappedBySyllable(700).Select(l => l with { SpaceAtEnd = l.SpaceAtEnd is false ? true : l.SpaceAtEnd });
        Assert.Equal(2, Paragraphs([.. wordWrapped, item, next with { SpaceAtEnd = true }, L("머 버서어.", 236, right: 200)]).Count);
    }

    private static PdfParagraph P(params PdfLine[] lines) =>
        new(PdfLineJoiner.Join(lines), lines[0].Page, Lines: lines);

    [Fact]
    public void Items_numbered_in_sequence_with_one_that_hangs_are_hanging_items_and_no_headings()
    {
        var body = new List<(int, PdfFlowItem)>
        {
            (0, P(L("가나 다라마 바사를 다음과 같이 신설한다.", 700))),
            (1, P(L("1. 가나다 라마바 사아자 차카타 파하", 668, left: 84), L("거너 더러머 버서", 636, left: 95, right: 300))),
            (2, P(L("2. 어저 처커터 퍼허", 604, left: 84, right: 300))),
            (3, P(L("3. 가나다 라마바", 540, left: 84, right: 300))),
        };
        Assert.Equal([1, 2, 3], HangingItems.Of(body).Order());
        // Numbered lines none of which hangs are left to the heading rules.
        Assert.Empty(HangingItems.Of([(0, P(L("1. 가나다 라마바", 700, right: 300))), (1, P(L("2. 사아자 차카", 668, right: 300)))]));

        var doc = StructureRecovery.Recover(PdfCandidates.Build(body.Select(b => b.Item2).ToList(), [], 14));
        Assert.Empty(doc.Blocks.OfType<Heading>());
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText().StartsWith("2. 어저 처커터 퍼허", StringComparison.Ordinal));
    }
}
