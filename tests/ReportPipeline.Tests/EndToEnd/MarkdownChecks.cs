using Markdig;
using ReportPipeline.Model;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>The Markdown as a CommonMark renderer (Markdig, and pandoc where installed) sees it.</summary>
public class MarkdownChecks
{
    private static readonly MarkdownPipeline Markdig = new MarkdownPipelineBuilder()
        .UseFootnotes().UsePipeTables().UseYamlFrontMatter().Build();

    [Theory]
    [MemberData(nameof(ExpectedReport.Inputs), MemberType = typeof(ExpectedReport))]
    public void Markdig_sees_the_full_structure(ExpectedReport expected, string input)
    {
        var doc = Run.Fixture(input);
        var page = HtmlLinks.Parse(Markdown.ToHtml(MarkdownReportWriter.Render(doc), Markdig));

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(expected.Chapters, page.QuerySelectorAll("h2").Length);
        Assert.Equal(expected.Sections, page.QuerySelectorAll("h3").Length);
        var bold = page.QuerySelectorAll("p > strong:first-child").Select(s => s.TextContent).ToList();
        Assert.Equal(doc.Blocks.OfType<Paragraph>().Where(p => p.HasLead).Select(p => p.Lead.PlainText()), bold);
        Assert.Equal(expected.LeadSentences, bold.Count);
        Assert.DoesNotContain("**", page.Body!.TextContent);

        HtmlLinks.AllInPageLinksResolve(page);
        Assert.Equal(expected.Footnotes, HtmlLinks.FootnotesLinkBothWays(page, "a.footnote-ref", "a.footnote-back-ref"));
        Assert.Equal(expected.ListItems, page.QuerySelectorAll("ul > li, ol:not(.footnotes ol) > li").Count(li => li.Closest(".footnotes") is null));

        var table = Assert.Single(page.QuerySelectorAll("table"));
        int columns = TableGrid.ColumnCountOf(doc.Blocks.OfType<Table>().Single());
        Assert.Equal(columns, table.QuerySelectorAll("thead th").Length);
        if (expected.SpanningHeader) Assert.Contains(table.QuerySelectorAll("thead th"), th => th.TextContent.Contains(MarkdownReportWriter.HeaderLevelSeparator));
        Assert.Equal(doc.Blocks.OfType<Table>().Single().Body.Count, table.QuerySelectorAll("tbody tr").Length);

        string text = page.Body!.TextContent;
        Assert.DoesNotContain(text, c => ReportPipeline.Structure.FootnoteMarkers.IsSuperscriptDigit(c));
        foreach (var phrase in expected.WholePhrases) Assert.Contains(ExpectedReport.Comparable(phrase, input), ExpectedReport.Comparable(text, input));
    }

    [Theory]
    [MemberData(nameof(ExpectedReport.Inputs), MemberType = typeof(ExpectedReport))]
    public void Pandoc_sees_every_lead_and_footnote(ExpectedReport expected, string input)
    {
        if (!Tools.Available("pandoc")) { Tools.RequireInCI("pandoc"); return; }
        var doc = Run.Fixture(input);
        string html = Tools.Run("pandoc", "-f commonmark_x -t html5", MarkdownReportWriter.Render(doc));
        var page = HtmlLinks.Parse(html);
        Assert.Equal(doc.Blocks.OfType<Paragraph>().Where(p => p.HasLead).Select(p => p.Lead.PlainText()),
            page.QuerySelectorAll("p > strong:first-child").Select(s => s.TextContent));
        Assert.Equal(expected.Footnotes, HtmlLinks.FootnotesLinkBothWays(page, "a.footnote-ref", "a.footnote-back"));
        Assert.Equal(expected.Chapters, page.QuerySelectorAll("h2").Length);
    }
}
