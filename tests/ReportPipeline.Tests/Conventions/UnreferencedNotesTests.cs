using ReportPipeline.Model;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.Conventions;

/// <summary>Notes the text never refers to stay in the body, where the report gathered them, in every output.</summary>
public class UnreferencedNotesTests
{
    [Fact]
    public void A_notes_zone_without_references_stays_a_body_section_with_its_heading_and_a_numbered_list()
    {
        var doc = Run.FromText("公报\n一、综合\n全年生产总值增长5%。\n注释：\n1. 本公报数据为初步统计数。\n2. 增长速度按不变价格计算。\n二、附表\n表略。");
        Assert.Empty(doc.Footnotes);
        var headings = doc.Blocks.OfType<Heading>().Select(h => $"{h.Level} {h.Label}{h.PrintedTitle}").ToArray();
        Assert.Equal(["1 一、综合", "1 注释", "1 二、附表"], headings);
        int at = doc.Blocks.ToList().FindIndex(b => b is Heading { Label: null });
        var list = Assert.IsType<ListBlock>(doc.Blocks[at + 1]);
        Assert.True(list.Ordered);
        Assert.Equal(["本公报数据为初步统计数。", "增长速度按不变价格计算。"], list.Items.Select(i => i.Content.PlainText()));
        Assert.Equal(2, doc.Diagnostics.Count(d => d.Code == "footnote-unreferenced"));
    }

    [Fact]
    public void In_a_zone_where_some_notes_are_referenced_only_the_others_stay_in_the_body_with_their_markers()
    {
        var doc = Run.FromText("公报\n一、综合\n投资增长3%[2]。\n注释：\n[1] 数据为初步统计数。\n[2] 投资不含农户。\n[3] 保费为原保险保费。");
        Assert.Equal("投资不含农户。", Assert.Single(doc.Footnotes).Content.PlainText());
        var list = doc.Single<ListBlock>();
        Assert.False(list.Ordered);
        Assert.Equal(["[1] 数据为初步统计数。", "[3] 保费为原保险保费。"], list.Items.Select(i => i.Content.PlainText()));
        Assert.Equal("注释", doc.Blocks.OfType<Heading>().Last().Title.PlainText());
    }

    [Fact]
    public void A_note_at_a_page_foot_stays_a_footnote_where_no_notes_zone_gathers_it()
    {
        var doc = Run.FromText("Dear members:\n\nThe budget grew.\n\n¹ Figures are provisional.\n\nWe thank you.");
        Assert.Equal("Figures are provisional.", Assert.Single(doc.Footnotes).Content.PlainText());
        Assert.DoesNotContain(doc.Blocks, b => b is ListBlock or Heading);
        Assert.Contains(doc.Diagnostics, d => d.Code == "footnote-unreferenced");
    }

    [Fact]
    public void Markdown_and_Word_hold_the_text_of_every_note()
    {
        var doc = Run.FromText("公报\n一、综合\n投资增长3%[2]。\n注释：\n[1] 数据为初步统计数。\n[2] 投资不含农户。");
        string markdown = MarkdownReportWriter.Render(doc);
        Assert.Contains("数据为初步统计数。", markdown);
        Assert.Contains("投资不含农户。", markdown);
        using var package = Run.Docx(doc);
        Assert.Contains("数据为初步统计数。", package.MainDocumentPart!.Document!.Body!.InnerText);
        Assert.Contains("投资不含农户。", package.MainDocumentPart.FootnotesPart!.Footnotes!.InnerText);
    }
}
