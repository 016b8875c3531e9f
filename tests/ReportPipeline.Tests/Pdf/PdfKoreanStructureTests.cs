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
        Assert.True(HangingItems.Hangs(paragraphs[1], PdfParagraphOptions.Default));
    }

    [Theory]
    [InlineData(84, 95, true)]   // under the text after "1. "
    [InlineData(84, 84, false)]  // level with the label: no hang
    [InlineData(84, 70, false)]  // back at the column's edge (a Chinese item's wrapped line)
    [InlineData(84, 140, false)] // far beyond the label's width: an indent of its own
    public void A_line_hangs_under_a_numbered_line_only_within_its_labels_width(double opening, double line, bool hangs) =>
        Assert.Equal(hangs, HangingIndent.Hangs(L("1. 가나다", 700, left: opening), L("라마바", 668, left: line), PdfParagraphOptions.Default));

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
        Assert.Equal([1, 2, 3], HangingItems.Of(body, PdfParagraphOptions.Default).Order());
        // Numbered lines none of which hangs are left to the heading rules.
        Assert.Empty(HangingItems.Of([(0, P(L("1. 가나다 라마바", 700, right: 300))), (1, P(L("2. 사아자 차카", 668, right: 300)))], PdfParagraphOptions.Default));

        var doc = StructureRecovery.Recover(PdfCandidates.Build(body.Select(b => b.Item2).ToList(), [], 14));
        Assert.Empty(doc.Blocks.OfType<Heading>());
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText().StartsWith("2. 어저 처커터 퍼허", StringComparison.Ordinal));
    }

    private static IEnumerable<PdfGlyph> Letter(string c, double left, double baseline = 748, double size = 14) =>
        [new PdfGlyph(c, left, left + size, baseline, size, false)];

    [Fact]
    public void Two_letters_spread_across_a_row_are_one_word_not_two_columns()
    {
        // "부      칙" centred over a bill's supplementary provisions: three sizes between the two syllables.
        var line = Assert.Single(PdfLineBuilder.Build(Letter("부", 262).Concat(Letter("칙", 318)), 5, PdfLineOptions.Default));
        Assert.Equal("부칙", line.Text);
        // Two syllables half an em apart ("의 안" in a cover box) are one word too.
        Assert.Equal("의안", Assert.Single(PdfLineBuilder.Build(Letter("의", 80).Concat(Letter("안", 101)), 1, PdfLineOptions.Default)).Text);
    }

    [Fact]
    public void A_label_spread_to_the_width_of_the_labels_above_it_is_one_word_with_its_text()
    {
        // "발   의   자 : 이수진" in a bill's cover box: the label's letters an em apart, the last opening the text; a space
        // glyph drawn after the label and after the colon. The box's other label ("번 호") stands on the same row.
        var space = (double x) => new PdfGlyph(" ", x, x + 3.5, 614, 14, false);
        var glyphs = Letter("번", 81, 614).Concat(Letter("호", 102, 614))
            .Concat(Letter("발", 288, 614)).Concat(Letter("의", 316, 614)).Concat(Letter("자", 344, 614)).Append(space(358))
            .Concat(Letter(":", 362, 614).Select(g => g with { Right = 366 })).Append(space(366))
            .Concat(PdfStageTests.Word("이수진", 370, 614, 14));
        var lines = PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default).Select(l => l.Text).ToList();
        Assert.Equal(["번호", "발의자 : 이수진"], lines);
    }

    [Fact]
    public void Single_letters_at_uneven_gaps_or_many_in_a_row_stay_apart()
    {
        // Uneven gaps: cells of a table, not a word.
        Assert.Equal(3, PdfLineBuilder.Build(Letter("갑", 100).Concat(Letter("을", 160)).Concat(Letter("병", 300)), 1, PdfLineOptions.Default).Count);
        // Seven even letters (a calendar's weekdays) are a row of cells.
        var week = "日一二三四五六".SelectMany((c, i) => Letter(c.ToString(), 100 + i * 50));
        Assert.Equal(7, PdfLineBuilder.Build(week, 1, PdfLineOptions.Default).Count);
        // A letter beside a word is no spread word either.
        Assert.Equal(2, PdfLineBuilder.Build(Letter("부", 100).Concat(Letter("가", 160)).Concat(Letter("나", 174)), 1, PdfLineOptions.Default).Count);
    }

    [Theory]
    [InlineData("부칙", 262, 333, true)]   // two syllables across five sizes
    [InlineData("의안", 80, 115, false)]   // set half an em apart: letter spacing, not a title
    [InlineData("부칙입니다.", 262, 400, false)]
    public void A_word_spread_across_its_own_line_is_a_section_title(string text, double left, double right, bool title)
    {
        var paragraph = new PdfParagraph(text, 5, Lines: [new PdfLine(text, left, right, 748, 14, false, 5)]);
        Assert.Equal(title, SpreadTitle.Is(paragraph, PdfParagraphOptions.Default.SpreadTitleRatio));
    }

    [Fact]
    public void A_spread_title_before_text_becomes_a_heading()
    {
        var flow = new List<PdfFlowItem>
        {
            P(L("가나 다라마 바사를 다음과 같이 신설한다.", 700)),
            new PdfParagraph("부칙", 5, Lines: [new PdfLine("부칙", 262, 333, 660, 14, false, 5)]),
            P(L("제1조(시행일) 이 법은 공포한 날부터 시행한다.", 620, right: 494)),
        };
        var heading = Assert.Single(StructureRecovery.Recover(PdfCandidates.Build(flow, [], 14)).Blocks.OfType<Heading>());
        Assert.Equal("부칙", heading.Title.PlainText());
    }

    [Fact]
    public void Where_no_hangul_line_ends_with_a_drawn_space_the_line_ends_say_nothing()
    {
        // Every line ends without a space, between words or inside one: the document's words decide.
        PdfFlowItem F(string text, double y) => new FlowLine(L(text, y, spaceAtEnd: false));
        // A paragraph's last line ending with a drawn space ("표시부; 및 ") says nothing about breaks inside it.
        var told = PdfParagraphBuilder.WithLineEndsTold([F("가나 표현식들이", 700), F("저장되어 있는 화", 668), F("면 상에 표시", 636),
            new FlowLine(L("표시부; 및", 604, right: 200, spaceAtEnd: true))], Body);
        Assert.All(told.Cast<FlowLine>().Take(3), f => Assert.Null(f.Line.SpaceAtEnd));
        var text = Assert.Single(PdfParagraphBuilder.Build(told.Take(3), Body, PdfParagraphOptions.Default).OfType<PdfParagraph>()).Text;
        Assert.Equal("가나 표현식들이 저장되어 있는 화면 상에 표시", text);
        // One line ending with a drawn space shows the PDF tells: the others' missing spaces are cuts.
        var mixed = PdfParagraphBuilder.WithLineEndsTold([F("가나 다라", 700), new FlowLine(L("마바 사아", 668, spaceAtEnd: true)), F("자차", 636)], Body);
        Assert.False(((FlowLine)mixed[0]).Line.SpaceAtEnd);
    }
}
