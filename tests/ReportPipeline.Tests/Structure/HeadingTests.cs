using ReportPipeline.Model;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Structure;

public class HeadingTests
{
    [Fact]
    public void A_short_numbered_line_is_a_heading_with_its_label_kept_apart()
    {
        var doc = Run.FromText("各位代表：\n\n一、过去一年的工作\n\n正文。");
        var heading = doc.Single<Heading>();
        Assert.Equal("一、", heading.Label);
        Assert.Equal("过去一年的工作", heading.Title.PlainText());
        Assert.Equal(1, heading.Level);
    }

    [Fact]
    public void A_run_in_section_title_is_split_from_its_paragraph()
    {
        var doc = Run.FromText("各位代表：\n\n（一）稳住经济大盘，夯实发展基础。坚持稳中求进，全年增长 5%。");
        Assert.Collection(doc.Blocks.Skip(1),
            b => Assert.Equal("稳住经济大盘，夯实发展基础", Assert.IsType<Heading>(b).Title.PlainText()),
            b => Assert.Equal("坚持稳中求进，全年增长 5%。", Assert.IsType<Paragraph>(b).Content.PlainText()));
    }

    [Fact]
    public void Numbers_after_a_number_are_no_heading()
    {
        // A table's row of figures read as text ("23.6  24.1") opens with what looks like a section number.
        var doc = Run.FromText("各位代表：\n\n23.6 24.1\n\n7.18 32.88 80.86 绝对涨幅(%)\n\n4.1 Datasets and evaluation\n\n正文。");
        Assert.Equal(["Datasets and evaluation"], doc.Blocks.OfType<Heading>().Select(h => h.Title.PlainText()));
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText() == "23.6 24.1");
    }

    [Fact]
    public void A_long_numbered_sentence_stays_a_paragraph()
    {
        var doc = Run.FromText("各位代表：\n\n1. 教育支出 11.2 亿元，新建县城第三幼儿园，改扩建乡镇寄宿制学校 4 所，新增学位 2000 个以上，覆盖全县所有乡镇。");
        Assert.Empty(doc.Blocks.OfType<Heading>());
    }

    [Fact]
    public void Levels_follow_the_order_numbering_schemes_first_appear()
    {
        var doc = Run.FromText("各位代表：\n\n第一章 执行情况\n\n一、收入\n\n（一）税收\n\n1. 增值税\n\n（二）非税\n\n第二章 预算草案");
        Assert.Equal([1, 2, 3, 4, 3, 1], doc.Blocks.OfType<Heading>().Select(h => h.Level));
    }

    [Fact]
    public void The_same_scheme_gets_the_same_level_however_it_is_written()
    {
        var doc = Run.FromText("各位代表：\n\n一、总体\n\n(一) 半角括号\n\n（二）全角括号");
        Assert.Equal([1, 2, 2], doc.Blocks.OfType<Heading>().Select(h => h.Level));
    }

    [Fact]
    public void English_decimal_numbering_nests()
    {
        var doc = Run.FromText("Dear members:\n\n1. Results\n\n1.1 Revenue\n\n1.2 Spending\n\n2. Proposals");
        Assert.Equal([1, 2, 2, 1], doc.Blocks.OfType<Heading>().Select(h => h.Level));
        Assert.Equal("1.1", doc.Blocks.OfType<Heading>().ElementAt(1).Label);
    }
}
