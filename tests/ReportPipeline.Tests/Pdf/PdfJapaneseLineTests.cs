using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// Japanese set ragged and wrapped by the character (hand-made lines, 12-point, body from 66 to 453, pitch 14.4): a
/// paragraph does not end inside a bracket it opened, and items lettered with full-width letters open their own.
/// </summary>
public class PdfJapaneseLineTests
{
    private static readonly BodyGeometry Body = new(new Dictionary<int, (double, double)> { [0] = (66, 453) }, 14.4, 12);

    private static PdfLine L(string text, double baseline, double right = 441) => new(text, 66, right, baseline, 12, false, 1);

    private static List<string> Paragraphs(params PdfLine[] lines) =>
        PdfParagraphBuilder.Build(lines.Select(l => (PdfFlowItem)new FlowLine(l)), Body, PdfParagraphOptions.Default)
            .OfType<PdfParagraph>().Select(p => p.Text).ToList();

    [Fact]
    public void A_line_ending_short_inside_an_open_bracket_does_not_end_its_paragraph()
    {
        var open = Paragraphs(L("ｂ ねじなし端子であって、工具を用いずに接続を行うことがで", 700),
            L("きる速結端子と称されるもの（以下", 685.6, right: 420), L("「速結端子」という。）であること。", 671.2, right: 300));
        Assert.Equal(["ｂ ねじなし端子であって、工具を用いずに接続を行うことができる速結端子と称されるもの（以下「速結端子」という。）であること。"], open);
        // With the bracket closed, the same short line ends the paragraph.
        var closed = Paragraphs(L("ねじなし端子であって、工具を用いずに接続を行うことがで", 700),
            L("きる速結端子と称されるもの（以下）", 685.6, right: 420), L("「速結端子」という。", 671.2, right: 300));
        Assert.Equal(2, closed.Count);
    }

    [Fact]
    public void An_item_lettered_with_the_next_full_width_letter_opens_its_own_paragraph()
    {
        var items = Paragraphs(L("ｂ ねじなし端子であって、工具を用いずに接続を行うことがで", 700),
            L("きる速結端子であること。", 685.6, right: 441), L("ｃ 口出し線（公称断面積が０．７５平方ミリメートル以上のものに限", 671.2));
        Assert.Equal(2, items.Count);
        Assert.StartsWith("ｃ 口出し線", items[1]);
    }

    [Theory]
    [InlineData("ａ ねじ止め端子であること。", 1)]
    [InlineData("ｃ\u3000口出し線", 3)]
    public void A_full_width_letter_set_apart_is_a_label(string text, int value)
    {
        var label = SequenceLabel.Of(text);
        Assert.NotNull(label);
        Assert.Equal(value, label.Value);
        Assert.Null(SequenceLabel.Of("ａｂｃ順に並べる")); // letters of a word, no label
    }
}
