using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// Korean pages that bold nothing (hand-made lines, 14-point, body from 70 to 524, pitch 32): a plain short title alone
/// on its line; a title set over two centred lines; a contents list whose entries wrap; words a bracket opens.
/// </summary>
public class PdfPlainTitleTests
{
    private static readonly BodyGeometry Body = new(new Dictionary<int, (double, double)> { [0] = (70, 524) }, 32, 14);

    private static PdfLine L(string text, double baseline, double left = 70, double right = 524, bool bold = false) =>
        new(text, left, right, baseline, 14, bold, 1);

    private static PdfParagraph P(PdfLine line, bool spaceAbove = false) =>
        new(line.Text, 1, line.Bold, [line]) { SpaceAbove = spaceAbove };

    private static PdfParagraph Text(double top, bool bold = false) =>
        new("현행법은 가나다 라마바 사아자 차카타 파하거 너더러 머버서 어저처 커터퍼 허가나를 두도록 하고 있음.", 1, bold,
            [L("현행법은 가나다 라마바 사아자 차카타 파하거 너더러 머버서", top, left: 85, bold: bold), L("어저처 커터퍼 허가나를 두도록 하고 있음.", top - 32, right: 300, bold: bold)]);

    private static List<string> Headings(List<PdfFlowItem> flow, IReadOnlyList<SourceSpan>? contents = null) =>
        [.. StructureRecovery.Recover(PdfCandidates.Build(flow, [], 14, geometry: Body, contents: contents)).Blocks.OfType<Heading>().Select(h => h.Title.PlainText())];

    [Fact]
    public void A_plain_short_line_with_space_above_and_text_after_it_is_a_section_title_where_nothing_is_bold()
    {
        var flow = new List<PdfFlowItem> { Text(780), P(L("제안이유 및 주요내용", 690, left: 75, right: 221), spaceAbove: true), Text(650) };
        Assert.Equal(["제안이유 및 주요내용"], Headings(flow));
        // Not without space above it, nor over a line as short as itself.
        Assert.Empty(Headings([flow[0], P(L("제안이유 및 주요내용", 708, left: 75, right: 221)), flow[2]]));
        Assert.Empty(Headings([flow[0], flow[1], P(L("가나다 라마바", 650, right: 200))]));
        // Not centred (a byline or a caption), not in Latin letters, and not where the document bolds its paragraphs.
        Assert.Empty(Headings([flow[0], P(L("제안이유 및 주요내용", 690, left: 224, right: 370), spaceAbove: true), flow[2]]));
        Assert.Empty(Headings([flow[0], P(L("Reasons and summary", 690, left: 75, right: 221), spaceAbove: true), flow[2]]));
        Assert.Empty(Headings([.. flow, Text(500, bold: true), Text(400)]).Where(h => h.StartsWith('제')));
    }

    [Fact]
    public void A_plain_title_over_a_contents_list_the_reader_left_out_is_a_section_title()
    {
        var flow = new List<PdfFlowItem> { Text(700), P(L("상정된 안건", 600, left: 75, right: 150), spaceAbove: true) };
        Assert.Empty(Headings(flow));
        var list = SourceSpan.OnPage(1, new PageBox(54, 300, 546, 590));
        Assert.Equal(["상정된 안건"], Headings(flow, [list]));
        // A list further down the page is not under it.
        Assert.Empty(Headings(flow, [SourceSpan.OnPage(1, new PageBox(54, 300, 546, 520))]));
    }

    [Fact]
    public void A_title_over_two_centred_lines_sixteen_points_over_a_fourteen_point_body_is_one_paragraph()
    {
        PdfLine first = new("기후위기 대응을 위한 기본법", 160, 434, 780, 16, false, 1), second = new("일부개정법률안", 239, 355, 754, 16, false, 1);
        Assert.True(PdfParagraphBuilder.WrappedDisplay(first, second, Body, PdfParagraphOptions.Default));
        Assert.False(PdfParagraphBuilder.WrappedDisplay(first with { Size = 15 }, second with { Size = 15 }, Body, PdfParagraphOptions.Default));
    }

    [Fact]
    public void A_wrapped_contents_entry_ends_with_a_row_of_its_titles_tail_and_leaders()
    {
        var entries = ContentsListDetector.Entries(["1. 가나다 라마바 ·········· 8", "2. 가나다 라마바 사아자(의안번호", "2124853) ·········· 8", "3. 차카타 ·········· 8"]);
        Assert.All(entries.Where((_, i) => i != 1), e => Assert.NotNull(e));
        Assert.Null(entries[1]);
        // Without a row of words above it, a row of figures and leaders is no entry.
        Assert.Null(ContentsListDetector.Entries(["2020 2021", "2124853) ·········· 8"])[1]);
    }

    [Fact]
    public void A_word_a_bracket_opens_inside_a_token_is_one_of_the_documents_words()
    {
        var words = PdfLineJoiner.HyphenatedWords(["가나다 법률안(홍길동 의원 대표발의)(의안번호 2124853) 라마"]);
        Assert.Equal("(의안번호 2124894)", PdfLineJoiner.Join("(의안", null, "번호 2124894)", words));
        Assert.Equal("(의안 목록)", PdfLineJoiner.Join("(의안", null, "목록)", words));
    }
}
