using System.Text;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Readers.Html;
using ReportPipeline.Readers.Markdown;
using ReportPipeline.Structure;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Hostile;

/// <summary>Inputs that used to convert with exit 0 into wrong output: each now reads right, or is refused.</summary>
public class SilentWrongOutputTests
{
    [Fact]
    public void Windows_1252_text_that_is_also_well_formed_GB18030_is_refused_not_turned_into_Chinese()
    {
        var bytes = Encoding.Latin1.GetBytes("Münster Übersicht für Straßen und Plätze\n\nDie Stadt hat Gebühren erhöht.\n");
        var e = Assert.Throws<ReportReadException>(() => TextDecoder.DecodeText(bytes));
        Assert.Contains("legacy encoding", e.Message);
    }

    [Fact]
    public void GBK_text_is_still_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("gbk").GetBytes("一、总体情况\n\n全年经济运行稳中向好，主要指标完成预期目标。\n");
        Assert.StartsWith("一、总体情况", TextDecoder.DecodeText(bytes));
    }

    [Fact]
    public void A_page_declaring_windows_1252_is_decoded_by_its_meta_charset()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"windows-1252\"><title>t</title></head><body><h1>Haushalt</h1><p>Münster Übersicht für Straßen.</p></body></html>");
        var document = new HtmlReportReader().Read(bytes);
        Assert.Contains("Münster Übersicht für Straßen.", document.InlineRuns().Select(r => r.PlainText()));
    }

    [Theory]
    [InlineData("\u200B一、总体情况")]
    [InlineData("\uFEFF一、总体情况")]
    [InlineData("\u202E一、总体情况")]
    public void An_invisible_character_before_the_numbering_does_not_hide_a_heading(string line)
    {
        var document = Run.FromText($"{line}\n\n全年经济运行稳中向好。\n\n二、明年安排\n\n继续推进。\n");
        Assert.Equal(["总体情况", "明年安排"], document.Blocks.OfType<Heading>().Select(h => h.Title.PlainText()));
    }

    [Fact]
    public void Control_and_bidi_characters_never_reach_the_tree()
    {
        var document = new HtmlReportReader().Read(Encoding.UTF8.GetBytes("<html><body><h1>T</h1><p>a\u001Fb\u202Ec\u2066d</p><p>A paragraph long enough that one control character is a stray, not binary data.</p></body></html>"));
        var m = document.Metadata;
        string all = string.Concat(document.InlineRuns().Select(r => r.PlainText())) + m.Title + m.Subtitle + m.Author;
        Assert.Contains("abcd", all);
        Assert.DoesNotContain(all, c => InvisibleCharacters.IsInvisible(c) && c is not ('\n' or '\t'));
    }

    [Theory]
    [InlineData("面积 120 km² 的新区。", 0)]
    [InlineData("建成 5 m³ 水池。", 0)]
    [InlineData("满足 x² + y² = 1。", 0)]
    [InlineData("收入增长¹。", 1)]
    [InlineData("Revenue² rose.", 1)]
    public void Superscript_digits_after_a_unit_or_in_a_formula_are_not_markers(string text, int markers) =>
        Assert.Equal(markers, FootnoteMarkers.Find(text).Count());

    [Fact]
    public void A_middle_dot_in_a_header_splits_only_in_a_file_this_product_wrote()
    {
        const string Table = "| 作者 | 马克·吐温 |\n| --- | --- |\n| 书 | 1 |\n";
        var foreign = new MarkdownReportReader().Read(Encoding.UTF8.GetBytes("# 书目\n\n" + Table));
        Assert.Equal(1, foreign.Single<Table>().Header.Count);
        var ours = new MarkdownReportReader().Read(Encoding.UTF8.GetBytes("---\nheader-levels: '·'\n---\n\n# 书目\n\n" + Table));
        Assert.Equal(2, ours.Single<Table>().Header.Count);
    }
}
