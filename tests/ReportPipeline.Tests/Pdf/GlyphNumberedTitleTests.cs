using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// A Korean plan's section titles numbered by a boxed digit drawn at a private-use code (hand-made lines: titles at
/// 17 points over a 15-point body, body from 56 to 546, pitch 23), its box titles in angle brackets, and its items
/// opened by "▸" and "- " whose wrapped lines hang under their text.
/// </summary>
public class GlyphNumberedTitleTests
{
    private static readonly BodyGeometry Body = new(new Dictionary<int, (double, double)> { [0] = (56, 546) }, 23, 15);

    private static PdfParagraph P(string text, double baseline, double size = 15, bool spaceAbove = true, double right = 546) =>
        new(text, 1, false, [new PdfLine(text, 56, right, baseline, size, false, 1)]) { SpaceAbove = spaceAbove };

    private static PdfParagraph Text(double top) =>
        new("디지털플랫폼 정부 실현을 위해 행정문서의 생산 방식을 데이터 활용 관점으로 혁신해야 할 필요성 대두", 1, false,
            [new PdfLine("디지털플랫폼 정부 실현을 위해 행정문서의 생산 방식을", 56, 546, top, 15, false, 1),
             new PdfLine("데이터 활용 관점으로 혁신해야 할 필요성 대두", 56, 400, top - 23, 15, false, 1)]);

    private static ReportDocument Read(List<PdfFlowItem> flow) =>
        StructureRecovery.Recover(PdfCandidates.Build(flow, [], 15, geometry: Body));

    private static List<string> Outline(List<PdfFlowItem> flow) =>
        [.. Read(flow).Blocks.OfType<Heading>().Select(h => $"{h.Level} {h.Label}{h.Title.PlainText()}")];

    [Fact]
    public void A_line_opened_by_a_private_use_glyph_and_set_larger_than_the_text_after_it_is_a_section_title()
    {
        var flow = new List<PdfFlowItem>
        {
            P("Ⅰ 사업 개요", 734, size: 21, right: 209), P("\uF000 개 요", 681, size: 17, right: 125), Text(658),
            P("\uF000 추진배경 및 필요성", 512, size: 17, right: 235), Text(487),
        };
        var doc = Read(flow);
        Assert.Equal(["1 Ⅰ사업 개요", "2 개 요", "2 추진배경 및 필요성"], Outline(flow));
        Assert.DoesNotContain(doc.Blocks.OfType<Heading>(), h => h.Title.PlainText().Contains('\uF000'));
        Assert.Contains(doc.Diagnostics, d => d.Code == "heading-from-formatting" && d.Source!.Page == 1);
    }

    [Fact]
    public void Not_at_the_size_of_the_text_after_it_nor_without_space_above_it_nor_a_sentence()
    {
        // A private-use bullet (Symbol's) opens an item at the size of the text around it.
        Assert.Empty(Outline([P("\uF0B7 개 요", 681), Text(658)]));
        Assert.Empty(Outline([Text(704), P("\uF000 개 요", 681, size: 17, spaceAbove: false), Text(658)]));
        Assert.Empty(Outline([P("\uF000 사업을 추진한다.", 681, size: 17), Text(658)]));
        Assert.Empty(Outline([P("\uF000 2023", 681, size: 17), Text(658)]));
        // The size ratio is a named option.
        Assert.True(GlyphNumberedTitle.Is([(0, P("\uF000 개 요", 681, size: 17)), (1, Text(658))], 0, StructureOptions.Default, PdfParagraphOptions.Default));
        Assert.False(GlyphNumberedTitle.Is([(0, P("\uF000 개 요", 681, size: 17)), (1, Text(658))], 0, StructureOptions.Default,
            PdfParagraphOptions.Default with { GlyphTitleSizeRatio = 1.2 }));
    }

    [Theory]
    [InlineData("〈 추진근거 〉", true)]
    [InlineData("< 웹기안기 구성을 위한 자원 현황 >", true)]
    [InlineData("＜参考＞", true)]
    [InlineData("<a> and <b>", false)]   // two bracketed things, not one title
    [InlineData("〈추진근거〉 및 경과", false)]
    [InlineData("<>", false)]
    public void A_line_wholly_in_angle_brackets_is_a_boxs_title(string text, bool title) =>
        Assert.Equal(title, ReportConventions.IsBracketedTitle(text));

    [Fact]
    public void Items_opened_by_a_small_triangle_or_a_typed_dash_hang_their_wrapped_lines_under_their_text()
    {
        static PdfLine L(string text, double left) => new(text, left, 538, 700, 12, false, 1);
        Assert.True(PdfLineBuilder.IsBullet('▸'));
        Assert.True(HangingIndent.Hangs(L("▸사람을 위한 문서 관리에서 벗어나", 81), L("모두 읽을 수 있는 형태로 전환", 95.6), PdfParagraphOptions.Default));
        Assert.True(HangingIndent.Hangs(L("- 국민에게 공개하는 주요 문서에 대해", 96), L("방식으로 저장·공개", 107.6), PdfParagraphOptions.Default));
        // A minus sign before a figure opens no item; a dash item's own next item does not hang under it.
        Assert.False(HangingIndent.Hangs(L("-220 -310 -45", 96), L("방식으로 저장·공개", 107.6), PdfParagraphOptions.Default));
        Assert.False(HangingIndent.Hangs(L("▸사람을 위한 문서 관리에서 벗어나", 81), L("- 국민에게 공개하는 주요 문서에 대해", 96), PdfParagraphOptions.Default));
    }

    [Fact]
    public void Lines_opened_by_circled_numbers_or_bracketed_labels_after_a_line_opened_so_are_items_of_their_own()
    {
        static PdfLine L(string text, double baseline) => new(text, 56, 546, baseline, 15, false, 1);
        List<string> Paragraphs(params PdfLine[] lines) =>
            [.. PdfParagraphBuilder.Build(lines.Select(l => (PdfFlowItem)new FlowLine(l)), Body, PdfParagraphOptions.Default).OfType<PdfParagraph>().Select(p => p.Text)];
        Assert.Equal(3, Paragraphs(L("① 가나다 라마바 사아자 차카타 파하거 너더러 머버서 어저처 커터퍼", 700),
            L("② 가나다 라마바 사아자 차카타 파하거 너더러 머버서 어저처 커터퍼", 677), L("③ 가나다 라마바 사아자 차카타 파하거 너더러", 654)).Count);
        Assert.Equal(2, Paragraphs(L("[생성 범주] 가나다 라마바 사아자 차카타 파하거 너더러 머버서 어저처", 700),
            L("[학습 내용] 가나다 라마바 사아자 차카타 파하거 너더러 머버서 어저처", 677)).Count);
        // A circled number wrapped to a line's start inside a paragraph that does not open with one goes on with it.
        Assert.Single(Paragraphs(L("가나다 라마바 사아자 차카타 파하거 너더러 머버서 어저처 커터퍼 ①가나다", 700),
            L("②라마바 사아자 차카타 파하거 너더러.", 677)));
        Assert.True(PdfParagraphBuilder.OpensLabel("[관리 기능] 생성형 AI"));
        Assert.True(PdfParagraphBuilder.OpensLabel(" \uF000 [관리 기능] 생성형 AI"));
        Assert.False(PdfParagraphBuilder.OpensLabel("[12] showed that"));   // a citation: figures only
        Assert.False(PdfParagraphBuilder.OpensLabel("[라벨]"));              // nothing after the label
    }
}
