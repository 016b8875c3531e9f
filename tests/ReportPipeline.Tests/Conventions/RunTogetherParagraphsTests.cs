using ReportPipeline.Model;
using ReportPipeline.Structure;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Conventions;

/// <summary>A scraped budget report's shapes: the whole report on one line, labels with spaces or a year after them.</summary>
public class RunTogetherParagraphsTests
{
    private static string[] Outline(ReportDocument doc) =>
        doc.Blocks.OfType<Heading>().Select(h => $"{h.Level} {h.Label}{h.PrintedTitle}").ToArray();

    private const string OneLine = "关于某市预算的报告\n\n　　各位代表：  　　受市人民政府委托，现将预算草案提请审议。  　　一、预算执行情况  　　全年收入增长3%。   　　（  一  ）一般公共预算  　　收入完成预算。";

    [Fact]
    public void A_report_on_one_line_is_cut_into_its_paragraphs_at_each_indent()
    {
        var doc = Run.FromText(OneLine);
        Assert.Equal(["1 一、预算执行情况", "2 （一）一般公共预算"], Outline(doc));
        Assert.Equal(ParagraphRole.Salutation, doc.Blocks.OfType<Paragraph>().First().Role);
        Assert.Equal(["受市人民政府委托，现将预算草案提请审议。", "全年收入增长3%。", "收入完成预算。"],
            doc.Blocks.OfType<Paragraph>().Skip(1).Select(p => p.Content.PlainText()));
    }

    [Fact]
    public void The_option_keeps_such_a_line_whole()
    {
        var doc = Run.FromText(OneLine, new StructureOptions { MinRunTogetherParagraphs = 0 });
        Assert.Empty(doc.Blocks.OfType<Heading>());
    }

    [Fact]
    public void One_ideographic_space_inside_a_line_does_not_cut_it()
    {
        var doc = Run.FromText("报告\n\n各位代表：\n\n出席会议的有张　三、李　四、王　五、赵　六等同志。\n\n全年收入增长。");
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText().StartsWith("出席会议", StringComparison.Ordinal) && p.Content.PlainText().EndsWith("等同志。", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.2026年一般公共预算草案", "1.", "2026年一般公共预算草案")]
    [InlineData("（  六  ）坚持党建引领", "（六）", "坚持党建引领")]
    public void A_label_before_a_year_or_with_spaces_inside_is_a_label(string line, string label, string rest)
    {
        var match = Numbering.Match(line)!;
        Assert.Equal((label, rest), (match.Label, match.Rest));
    }

    [Fact]
    public void A_decimal_number_is_no_label()
    {
        Assert.Null(Numbering.Match("1.5亿元用于教育"));
    }

    [Fact]
    public void A_caption_and_its_unit_line_whose_table_is_a_picture_are_joined_to_nothing()
    {
        var doc = Run.FromText("报告\n\n各位代表：\n\n全年收入增长。\n\n2025年全市一般公共预算收入执行情况\n\n单位：亿元\n\n全年支出增长6%。");
        Assert.Equal(["全年收入增长。", "2025年全市一般公共预算收入执行情况", "单位：亿元", "全年支出增长6%。"],
            doc.Blocks.OfType<Paragraph>().Skip(1).Select(p => p.Content.PlainText()));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == "joined-across-break");
    }

    [Fact]
    public void A_long_way_to_the_page_is_still_the_pages_furniture()
    {
        var doc = Run.FromText("首页 \u00a0>\u00a0 政务公开 \u00a0>\u00a0 重点领域信息公开 \u00a0>\u00a0 财政预算决算和“三公”经费公开 \u00a0>\u00a0 财政预决算 \u00a0>\u00a0 财政预算\n\n某市预算执行情况的报告\n\n时间：2026-03-19 15:52:22   来源：本网\n\n各位代表：\n\n现将预算提请审议。");
        Assert.Equal("某市预算执行情况的报告", doc.Metadata.Title);
        Assert.Contains(doc.Furniture, f => f.Text.StartsWith("首页", StringComparison.Ordinal));
    }
}
