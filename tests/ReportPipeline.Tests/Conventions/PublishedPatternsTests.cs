using ReportPipeline.Model;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Conventions;

/// <summary>Report conventions as published reports write them, each on a small hand-made input.</summary>
public class PublishedPatternsTests
{
    private static string[] Outline(ReportDocument doc) =>
        doc.Blocks.OfType<Heading>().Select(h => $"{h.Level} {h.Label}{h.PrintedTitle}").ToArray();

    [Fact]
    public void A_section_line_ending_with_a_full_stop_is_a_heading_when_its_text_follows()
    {
        var doc = Run.FromText("报告\n各位代表：\n一、工作回顾\n（一）坚持稳中求进，推动经济持续向好。\n全年地区生产总值增长5%，经济运行稳中有进。\n（二）深化改革开放。\n改革持续深化，开放不断扩大。");
        // The heading keeps its full stop, as the page prints it.
        Assert.Equal(["1 一、工作回顾", "2 （一）坚持稳中求进，推动经济持续向好。", "2 （二）深化改革开放。"], Outline(doc));
    }

    [Fact]
    public void Numbered_sentences_in_a_row_stay_paragraphs()
    {
        var doc = Run.FromText("报告\n各位代表：\n一、工作回顾\n（一）增加就业。\n（二）提高收入。\n（三）改善住房。\n全年成效明显，群众满意。");
        Assert.Equal(["1 一、工作回顾"], Outline(doc));
    }

    [Fact]
    public void A_note_whose_definition_is_on_the_next_line_keeps_it()
    {
        var doc = Run.FromText("报告\n各位代表：\n一、工作\n实现“一降三减”［1］目标，推进“四库”［2］建设。\n注释\n［1］一降三减：\n火灾起数下降，伤亡减少。\n［2］四库：\n水库、粮库、\n钱库、碳库。");
        Assert.Equal(["一降三减：火灾起数下降，伤亡减少。", "四库：水库、粮库、钱库、碳库。"], doc.Footnotes.Select(f => f.Content.PlainText()));
        Assert.DoesNotContain(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText().Contains("伤亡减少"));
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void A_note_ends_at_a_blank_line_and_what_follows_is_reported()
    {
        var doc = Run.FromText("报告\n\n各位代表：\n\n一、工作\n\n实现“一降三减”［1］目标。\n\n注释\n\n［1］一降三减：火灾下降。\n\n此后的文字。");
        Assert.Equal("一降三减：火灾下降。", Assert.Single(doc.Footnotes).Content.PlainText());
        Assert.Contains(doc.Diagnostics, d => d.Code == "notes-text-after-gap" && d.Source!.StartLine == 13);
    }

    [Fact]
    public void A_note_that_names_a_term_without_definition_is_reported()
    {
        var doc = Run.FromText("报告\n各位代表：\n一、工作\n实现“一降三减”［1］目标。\n注释\n［1］一降三减：");
        Assert.Contains(doc.Diagnostics, d => d.Code == "footnote-term-without-definition" && d.Source!.StartLine == 6);
    }

    [Fact]
    public void Salutations_are_flush_left_and_never_leads()
    {
        var doc = Run.FromText("报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、工作\n各位代表！\n让我们团结奋斗。\n各位代表！奋进正当其时，让我们团结奋斗。");
        var paragraphs = doc.Blocks.OfType<Paragraph>().ToList();
        Assert.Equal(ParagraphRole.Salutation, paragraphs[0].Role);
        Assert.Equal(ParagraphRole.Salutation, paragraphs.Single(p => p.Content.PlainText() == "各位代表！").Role);
        Assert.All(paragraphs, p => Assert.DoesNotContain("各位代表", p.Lead.PlainText()));
        Assert.Contains(paragraphs, p => p.Content.PlainText().StartsWith("各位代表！奋进", StringComparison.Ordinal) && p.Role == ParagraphRole.Body);
    }

    [Fact]
    public void A_lead_standing_on_its_own_line_leads_the_next_paragraph()
    {
        var doc = Run.FromText("报告\n各位代表：\n一、加强政府自身建设\n履职尽责抓落实。\n抓落实是我们的必然要求，要一以贯之，久久为功。\n担当作为强作风。\n强作风是重要保障，要持之以恒，善作善成。");
        var paragraphs = doc.Blocks.OfType<Paragraph>().Where(p => p.HasLead).ToList();
        Assert.Equal(["履职尽责抓落实。", "担当作为强作风。"], paragraphs.Select(p => p.Lead.PlainText()));
        Assert.Equal("抓落实是我们的必然要求，要一以贯之，久久为功。", paragraphs[0].Content.PlainText());
    }

    [Fact]
    public void A_short_line_followed_by_its_translation_is_no_lead()
    {
        var doc = Run.FromText("报告\n\n一、收入情况\n\n全年收入完成 18.6 亿元。\n\nRevenue reached 1.86 billion yuan, up 5.3% over the previous year.");
        Assert.DoesNotContain(doc.Blocks.OfType<Paragraph>(), p => p.HasLead);
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText().StartsWith("Revenue", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_sentence_before_the_first_heading_is_no_lead()
    {
        var doc = Run.FromText("报告\n各位代表：\n现在向大会报告工作。\n过去一年，我们坚持稳中求进，推动经济持续向好。\n一、工作");
        Assert.DoesNotContain(doc.Blocks.OfType<Paragraph>(), p => p.HasLead);
    }

    [Fact]
    public void Appendices_are_parts_with_their_numbering_nested()
    {
        var doc = Run.FromText("报告\n各位代表：\n一、工作回顾\n（一）经济发展\n正文内容较长的一段话。\n附件1\n2026年十件民生实事\n一、提高低保标准。\n全省城乡低保标准再提高。\n二、建设养老设施。\n新建一批养老服务设施。\n附件：主要指标表");
        Assert.Equal(["1 一、工作回顾", "2 （一）经济发展", "1 附件12026年十件民生实事", "2 一、提高低保标准。", "2 二、建设养老设施。", "1 附件主要指标表"], Outline(doc));
    }

    [Fact]
    public void An_appendix_label_without_a_title_is_reported()
    {
        var doc = Run.FromText("报告\n各位代表：\n一、工作\n正文内容较长的一段话。\n附件1\n一、提高低保标准。\n全省城乡低保标准再提高。");
        Assert.Contains(doc.Diagnostics, d => d.Code == "appendix-without-title" && d.Source!.StartLine == 5);
    }

    [Fact]
    public void A_glossary_is_a_definition_list()
    {
        var doc = Run.FromText("报告\n各位代表：\n一、工作\n培育“四上”企业。\n附件2\n名词解释\n1.“四上”企业：\n达到一定规模的法人单位。\n2.“双一流”：指世界一流大学和一流学科。\n3. 四库：\n水库、粮库、\n钱库、碳库。");
        Assert.Equal(["1 一、工作", "1 附件2名词解释"], Outline(doc));
        var list = doc.Single<DefinitionList>();
        Assert.Equal(["“四上”企业", "“双一流”", "四库"], list.Items.Select(i => i.Term.PlainText()));
        Assert.Equal(["达到一定规模的法人单位。", "指世界一流大学和一流学科。", "水库、粮库、钱库、碳库。"], list.Items.Select(i => i.Definition.PlainText()));
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void A_glossary_term_left_without_definition_is_reported()
    {
        var doc = Run.FromText("报告\n\n各位代表：\n\n一、工作\n\n名词解释\n\n1.“四上”企业：\n\n附件2 其他材料");
        Assert.Contains(doc.Diagnostics, d => d.Code == "glossary-term-without-definition");
    }

    [Fact]
    public void The_occasion_line_is_the_subtitle_even_without_a_blank_line()
    {
        var doc = Run.FromText("政府工作报告\n——2026年1月26日在某省第十四届\n人民代表大会第五次会议上\n某省省长 张三\n\n各位代表：\n\n现在，我代表省人民政府向大会报告工作。");
        Assert.Equal("政府工作报告", doc.Metadata.Title);
        Assert.Equal("——2026年1月26日在某省第十四届人民代表大会第五次会议上", doc.Metadata.Subtitle);
        Assert.Equal("某省省长 张三", doc.Metadata.Author);
    }

    [Fact]
    public void Text_bullets_include_the_glyphs_a_PDF_reads_as_bullets()
    {
        var doc = Run.FromText("Report\n\nDear members:\n\n◦ first item\n◦ second item");
        Assert.Equal(["first item", "second item"], doc.Single<ListBlock>().Items.Select(i => i.Content.PlainText()));
    }

    [Fact]
    public void A_salutation_is_never_joined_to_a_broken_line_before_it()
    {
        var doc = Run.FromText("报告\n来源：某某日报 记者 张三 摄\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、工作");
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Role == ParagraphRole.Salutation && p.Content.PlainText() == "各位代表：");
    }
}
