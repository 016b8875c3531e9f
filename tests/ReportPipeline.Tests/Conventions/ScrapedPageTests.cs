using ReportPipeline.Model;
using ReportPipeline.Structure;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Conventions;

/// <summary>Reports as scraped from government sites, each shape on a small hand-made input.</summary>
public class ScrapedPageTests
{
    private static string[] Outline(ReportDocument doc) =>
        doc.Blocks.OfType<Heading>().Select(h => $"{h.Level} {h.Label}{h.PrintedTitle}").ToArray();

    [Fact]
    public void A_chapter_line_without_a_number_is_a_part_and_its_sections_nest_under_it()
    {
        var doc = Run.FromText("报告\n各位代表：\n现在我代表政府报告工作。\n过去五年工作回顾\n五年来，我们攻坚克难，经济持续向好，民生不断改善。\n今年重点工作\n（一）扩大内需\n全年消费增长，投资结构优化，市场活力增强。\n（二）深化改革\n改革不断深化，营商环境持续优化，企业活力增强。");
        Assert.Equal(["1 过去五年工作回顾", "1 今年重点工作", "2 （一）扩大内需", "2 （二）深化改革"], Outline(doc));
        Assert.Equal([4, 6], doc.Diagnostics.Where(d => d.Code == "heading-from-shape").Select(d => d.Source!.StartLine));
    }

    [Fact]
    public void A_closing_chapter_line_before_a_salutation_is_a_heading()
    {
        var doc = Run.FromText("报告\n各位代表：\n一、工作回顾\n过去一年，我们攻坚克难，经济持续向好。\n结束语\n各位代表！\n让我们团结一心，奋力开创新局面，共同创造更加美好的未来。");
        Assert.Equal(["1 一、工作回顾", "1 结束语"], Outline(doc));
    }

    [Fact]
    public void Short_lines_that_are_captions_dates_or_cut_sentences_stay_paragraphs()
    {
        var doc = Run.FromText("报告\n各位代表：\n一、综合\n全年生产总值增长5%。\n表1 2022年常住人口\n年末常住人口4500万人，比上年末增加10万人，城镇化率提高。\n全年消费价格上涨2%，\n工业生产者价格上涨3.5%，农产品价格下降，市场运行平稳。");
        Assert.Equal(["1 一、综合"], Outline(doc));
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText() == "表1 2022年常住人口");
    }

    [Fact]
    public void The_unnumbered_chapter_rule_is_an_option()
    {
        var options = StructureOptions.Default with { MaxUnnumberedChapterLength = 0 };
        var doc = Run.FromText("报告\n各位代表：\n现在我代表政府报告工作。\n结束语\n让我们团结一心，奋力开创新局面，共同创造更加美好的未来。", options);
        Assert.Empty(Outline(doc));
    }

    [Fact]
    public void The_web_pages_head_and_foot_are_furniture_not_text()
    {
        var doc = Run.FromText(string.Join('\n',
            "下载", "打印", "【字号：", "加大", "还原", "减小", "】", "2026年某市政府工作报告", "——2026年1月20日在某市人民代表大会上",
            "来源：某市日报", "时间：2026-02-01", "某某同志作政府工作报告。本报记者 张三摄", "各位代表：", "现在，我代表市人民政府报告工作。",
            "一、工作回顾", "过去一年，经济持续向好。", "相关报道：", "各位代表！让我们团结奋斗，再创佳绩。",
            "扫一扫在手机打开当前页", "网站地图 | 联系我们", "主办：某市人民政府", "X"));
        Assert.Equal("2026年某市政府工作报告", doc.Metadata.Title);
        Assert.Equal("——2026年1月20日在某市人民代表大会上", doc.Metadata.Subtitle);
        string body = string.Concat(doc.Blocks.OfType<Paragraph>().Select(p => p.Lead.PlainText() + p.Content.PlainText()));
        Assert.DoesNotContain("来源", body);
        Assert.DoesNotContain("记者", body);
        Assert.DoesNotContain("相关报道", body);
        Assert.DoesNotContain("扫一扫", body);
        Assert.EndsWith("再创佳绩。", body);
        Assert.Equal(["下载", "打印", "【字号：", "加大", "还原", "减小", "】", "来源：某市日报", "时间：2026-02-01", "某某同志作政府工作报告。本报记者 张三摄"],
            doc.Furniture.Where(f => f.Kind == FurnitureKind.Header).Select(f => f.Text));
        Assert.Equal(["相关报道：", "扫一扫在手机打开当前页", "网站地图 | 联系我们", "主办：某市人民政府", "X"],
            doc.Furniture.Where(f => f.Kind == FurnitureKind.Footer).Select(f => f.Text));
        Assert.All(doc.Diagnostics.Where(d => d.Code == "web-furniture"), d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public void Above_the_way_to_the_page_is_the_sites_banner_and_a_labels_value_goes_with_it()
    {
        var doc = Run.FromText(string.Join('\n',
            "某市人民政府", "网站首页", "政务公开", "您当前所在位置：首页>政务公开>统计公报", "索 引 号：", "0147/2023-0032", "发布机构：", "某市统计局",
            "某市2022年国民经济和社会发展统计公报", "访问量：2487", "某市2022年国民经济和社会发展统计公报",
            "2022年，全市经济运行稳中向好，发展质量稳步提升。", "一、综合", "全年生产总值增长4.7%。"));
        Assert.Equal("某市2022年国民经济和社会发展统计公报", doc.Metadata.Title);
        Assert.Equal(10, doc.Furniture.Count);
        Assert.Equal(["1 一、综合"], Outline(doc));
    }

    [Fact]
    public void A_licence_box_after_the_closing_words_is_furniture()
    {
        var doc = Run.FromText("报告\n\n各位代表：\n\n一、工作\n\n让我们团结奋斗，再创佳绩！\n\n本作品是国家机关的文件，根据著作权法第五条，不适用于该法，属于公有领域。\n\n注：社群认为公务演讲不总是具有立法性质的文件。\n\nPublic domain");
        Assert.Equal(3, doc.Furniture.Count);
        Assert.EndsWith("再创佳绩！", doc.Blocks.OfType<Paragraph>().Last().Content.PlainText());
    }

    [Fact]
    public void A_report_without_a_web_page_around_it_keeps_every_line()
    {
        var doc = Run.FromText("政府工作报告\n——在人民代表大会上\n市长 张三\n各位代表：\n一、工作\n过去一年，经济持续向好。\n联系人：李四");
        Assert.Empty(doc.Furniture);
        Assert.Equal("政府工作报告", doc.Metadata.Title);
    }

    [Fact]
    public void A_zero_width_joiner_left_after_a_salutation_does_not_hide_it()
    {
        var doc = Run.FromText("各位代表：\u200D\n\n现在，我代表国务院报告工作。\n\n一、工作回顾\n\n过去一年，经济持续向好。");
        Assert.Null(doc.Metadata.Title);
        Assert.Equal(ParagraphRole.Salutation, doc.Blocks.OfType<Paragraph>().First().Role);
        Assert.Equal("各位代表：", doc.Blocks.OfType<Paragraph>().First().Content.PlainText());
    }

    [Fact]
    public void A_joiner_between_letters_of_a_joining_script_stays()
    {
        Assert.Equal("क्\u200Dष", ReportPipeline.Structure.StrayJoiners.Remove("क्\u200Dष"));
        Assert.Equal("各位代表：", ReportPipeline.Structure.StrayJoiners.Remove("各位代表：\u200D"));
    }

    [Fact]
    public void Two_short_sentences_alike_at_the_top_are_both_text_not_a_repeated_title()
    {
        // The title is in front matter, so the body opens with two short lines: the second repeats the first's words
        // with a note on it. A page's repeated title has neither a sentence stop nor a note.
        var doc = new ReportPipeline.Readers.Markdown.MarkdownReportReader().Read(System.Text.Encoding.UTF8.GetBytes(
            "---\ntitle: '某市报告'\n---\n\n收入增长，结束。\n\n收入*增长*，[^1]结束。\n\n[^1]: 注释。\n"));
        Assert.Equal(2, doc.Blocks.OfType<Paragraph>().Count(p => p.Content.PlainText() == "收入增长，结束。"));
        Assert.Empty(doc.Furniture);
    }
}
