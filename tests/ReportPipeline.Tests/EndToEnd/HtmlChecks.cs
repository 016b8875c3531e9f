using ReportPipeline.Model;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Html;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>The HTML page as AngleSharp, an independent HTML5 parser, reads it.</summary>
public class HtmlChecks
{
    [Theory]
    [MemberData(nameof(ExpectedReport.Inputs), MemberType = typeof(ExpectedReport))]
    public void Page_has_the_full_structure_and_every_link_resolves(ExpectedReport expected, string input)
    {
        var doc = Run.Fixture(input);
        var page = HtmlLinks.Parse(HtmlReportWriter.Render(doc));

        Assert.Equal(expected.Language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(doc.Metadata.Title, page.Title);
        Assert.Equal(doc.Metadata.Title, page.QuerySelector("header h1")!.TextContent);
        Assert.Equal(expected.Chapters, page.QuerySelectorAll("article h2").Length);
        Assert.Equal(expected.Sections, page.QuerySelectorAll("article h3").Length);
        Assert.Equal(doc.Blocks.OfType<Heading>().Count(), page.QuerySelectorAll("nav.toc a").Length);
        Assert.Equal(expected.LeadSentences, page.QuerySelectorAll("p > strong.lead:first-child").Length);
        Assert.Equal(expected.ListItems, page.QuerySelectorAll("article li").Length);

        HtmlLinks.AllInPageLinksResolve(page);
        int notes = HtmlLinks.FootnotesLinkBothWays(page, "a[role=doc-noteref]", "a[role=doc-backlink]");
        Assert.Equal(expected.Footnotes, notes);
        Assert.All(page.QuerySelectorAll("a[role=doc-noteref]"), a => Assert.NotNull(a.Closest("article")));
        Assert.Equal(expected.Footnotes, page.QuerySelectorAll("section[role=doc-endnotes] li").Length);

        var table = Assert.Single(page.QuerySelectorAll("article table"));
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.NotEmpty(table.QuerySelectorAll("thead th"));
        if (expected.SpanningHeader)
        {
            Assert.NotNull(table.QuerySelector("thead th[colspan][scope=colgroup]"));
            Assert.NotNull(table.QuerySelector("thead th[rowspan]"));
        }

        string text = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain(text, c => ReportPipeline.Structure.FootnoteMarkers.IsSuperscriptDigit(c));
        foreach (var phrase in expected.WholePhrases) Assert.Contains(ExpectedReport.Comparable(phrase, input), ExpectedReport.Comparable(text, input));
    }

    [Fact]
    public void A_footnote_referenced_twice_links_back_to_both_references()
    {
        var doc = Run.FromText("各位代表：\n\n甲¹。乙¹。\n\n¹ 注。");
        var page = HtmlLinks.Parse(HtmlReportWriter.Render(doc));
        Assert.Equal(["fnref-1", "fnref-1-2"], page.QuerySelectorAll("a[role=doc-noteref]").Select(a => a.Id));
        Assert.Equal(["#fnref-1", "#fnref-1-2"], page.QuerySelectorAll("a[role=doc-backlink]").Select(a => a.GetAttribute("href")));
    }
}
