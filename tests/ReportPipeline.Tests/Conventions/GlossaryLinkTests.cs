using System.Text.Json.Nodes;
using Markdig;
using ReportPipeline.Model;
using ReportPipeline.Structure;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Json;
using ReportPipeline.Writers.Markdown;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Tests.Conventions;

/// <summary>A glossary term's first occurrence in the body links to its entry, in the tree and in every writer.</summary>
public class GlossaryLinkTests
{
    private const string Report = "报告\n各位代表：\n一、工作\n培育“四上”企业，建设“四库”。\n再培育“四上”企业。\n附件\n名词解释\n1.“四上”企业：\n达到一定规模的法人单位。\n2.“四库”：水库、粮库、钱库、碳库。\n3.库：仓库。";

    [Fact]
    public void The_first_occurrence_of_each_term_links_to_its_anchored_entry()
    {
        var doc = Run.FromText(Report);
        var links = doc.Links().ToList();
        Assert.Equal(["“四上”企业", "“四库”"], links.Select(l => l.Content.PlainText()));
        var anchors = doc.Single<DefinitionList>().Items.Select(i => i.Term.OfType<Anchor>().SingleOrDefault()?.Name).ToList();
        Assert.Equal(links.Select(l => l.InternalTarget), anchors.Take(2));
        Assert.Null(anchors[2]); // "库" is shorter than the option allows
        Assert.Empty(doc.UnresolvedLinks());
        var paragraphs = doc.Blocks.OfType<Paragraph>().ToList();
        Assert.Equal("培育“四上”企业，建设“四库”。", paragraphs.Single(p => p.Content.OfType<Link>().Any()).Content.PlainText());
        Assert.DoesNotContain(paragraphs.Single(p => p.Content.PlainText().StartsWith("再", StringComparison.Ordinal)).Content, i => i is Link);
    }

    [Fact]
    public void The_option_turns_the_links_off()
    {
        var doc = Run.FromText(Report, new StructureOptions { MinLinkedTermLength = 0 });
        Assert.Empty(doc.Links());
    }

    [Fact]
    public void Every_writer_links_the_term_to_its_entry()
    {
        var doc = Run.FromText(Report);
        var page = HtmlLinks.Parse(HtmlReportWriter.Render(doc));
        var link = page.QuerySelectorAll("article p a[href]").Single(a => a.TextContent == "“四上”企业");
        var target = page.GetElementById(link.GetAttribute("href")![1..]);
        Assert.NotNull(target);
        Assert.Equal("DT", target!.Closest("dt")?.TagName);

        string markdown = MarkdownReportWriter.Render(doc);
        var md = HtmlLinks.Parse(Markdig.Markdown.ToHtml(markdown, new Markdig.MarkdownPipelineBuilder().UseDefinitionLists().Build()));
        var mdLink = md.QuerySelectorAll("p a[href]").Single(a => a.TextContent == "“四上”企业");
        Assert.Equal("DT", md.GetElementById(mdLink.GetAttribute("href")![1..])?.Closest("dt")?.TagName);

        using var package = Run.Docx(doc);
        var body = package.MainDocumentPart!.Document!.Body!;
        var hyperlink = body.Descendants<W.Hyperlink>().Single(h => h.InnerText == "“四上”企业");
        Assert.Contains(body.Descendants<W.BookmarkStart>(), b => b.Name?.Value == hyperlink.Anchor?.Value
            && b.Ancestors<W.Paragraph>().Single().InnerText.StartsWith("“四上”企业：", StringComparison.Ordinal));

        var json = JsonNode.Parse(Run.RenderText(new JsonReportWriter(), doc))!;
        var jsonLinks = json["blocks"]!.AsArray().SelectMany(b => b!["content"]?.AsArray() ?? []).Where(i => (string?)i!["type"] == "link").ToList();
        Assert.Equal(2, jsonLinks.Count);
        Assert.StartsWith("#", (string?)jsonLinks[0]!["target"]);
    }
}
