using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Docx;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Json;
using ReportPipeline.Writers.Markdown;
using static ReportPipeline.Tests.EndToEnd.PublishedReport;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TestRun = ReportPipeline.Tests.Support.Run;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>
/// Published government reports through every output, each read back by a reader that does not trust ours: the JSON
/// as plain JSON, the HTML with AngleSharp, the Markdown with Markdig (and pandoc where installed), the Word file
/// with the OpenXml SDK. Every heading at its level, every note and glossary entry whole, no note marker left in the
/// body, no salutation bold, and a warning wherever recovery had to guess.
/// </summary>
public class PublishedReportChecks
{
    private static readonly MarkdownPipeline Markdig = new MarkdownPipelineBuilder()
        .UseFootnotes().UsePipeTables().UseYamlFrontMatter().UseDefinitionLists().Build();

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(PublishedReport))]
    public void The_JSON_holds_the_report_as_published(PublishedReport expected)
    {
        var doc = TestRun.Fixture(expected.Path);
        var json = JsonNode.Parse(TestRun.RenderText(new JsonReportWriter(), doc))!;
        var meta = json["metadata"]!;
        if (expected.Title is not null) Assert.Equal(expected.Title, (string?)meta["title"]);
        if (expected.Subtitle is not null) Assert.Equal(expected.Subtitle, (string?)meta["subtitle"]);
        if (expected.Author is not null) Assert.Equal(expected.Author, (string?)meta["author"]);

        var blocks = json["blocks"]!.AsArray().Select(b => b!).ToList();
        var headings = blocks.Where(b => (string?)b["type"] == "heading").ToList();
        Assert.Equal(expected.Outline.Select(h => $"{h.Level} {h.Text}"),
            headings.Select(h => $"{(int)h["level"]!} {Squeeze((string?)h["label"] + Plain(h["title"]) + (string?)h["stop"])}"));

        var notes = json["footnotes"]!.AsArray().Select(n => n!).ToList();
        Assert.Equal(expected.LinkedNotes.Select(n => (n.Marker, n.Text)), notes.Select(n => ((string)n["marker"]!, Plain(n["content"]))));
        var items = blocks.Where(b => (string?)b["type"] == "list").SelectMany(b => b["items"]!.AsArray()).Select(i => Plain(i)).ToList();
        Assert.All(expected.UnlinkedNotes, n => Assert.True(HoldsNote(items, n), $"note {n.Marker} is not in the body"));

        var entries = blocks.Where(b => (string?)b["type"] == "definitionList").SelectMany(b => b["items"]!.AsArray()).ToList();
        Assert.Equal(expected.Glossary.Select(e => (e.Term, Squeeze(e.Definition))),
            entries.Select(e => (Plain(e!["term"]), Squeeze(Plain(e["definition"])))));

        var paragraphs = blocks.Where(b => (string?)b["type"] == "paragraph").ToList();
        var salutations = paragraphs.Where(p => (string?)p["role"] == "salutation").ToList();
        Assert.Equal(expected.Salutations, salutations.Count);
        Assert.All(salutations, s => Assert.Empty(s["lead"]!.AsArray()));
        Assert.DoesNotContain(paragraphs, p => Plain(p["lead"]).StartsWith("各位", StringComparison.Ordinal));
        var leads = paragraphs.Select(p => Plain(p["lead"])).Where(l => l.Length > 0).ToHashSet();
        Assert.All(expected.Leads, lead => Assert.Contains(lead, leads));
        Assert.Equal(expected.ListItems, blocks.Where(b => (string?)b["type"] == "list").Sum(b => b["items"]!.AsArray().Count));

        // No note marker left in the body: every bracketed number of the body is a linked reference.
        string body = string.Concat(paragraphs.Select(p => Plain(p["lead"]) + Plain(p["content"])));
        if (expected.Notes.Length > 0) Assert.DoesNotMatch(@"[［\[]\d+[］\]]", body);
        // A note the text never refers to is kept, and said so.
        Assert.All(expected.Notes.Where(n => !n.Referenced), n => Assert.Contains(json["diagnostics"]!.AsArray(),
            d => (string?)d!["code"] == "footnote-unreferenced" && ((string?)d["message"])!.Contains(n.Marker, StringComparison.Ordinal)));
        // Recovery that guessed said so: a joined break, a bold heading, a note left without definition, with its line.
        Assert.All(json["diagnostics"]!.AsArray(), d => Assert.NotNull(d!["source"]));
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(PublishedReport))]
    public void AngleSharp_reads_the_same_report_in_the_HTML(PublishedReport expected)
    {
        var doc = TestRun.Fixture(expected.Path);
        var page = HtmlLinks.Parse(HtmlReportWriter.Render(doc));
        int shift = doc.Metadata.Title is null ? 0 : 1;
        var headings = page.QuerySelectorAll("article h1, article h2, article h3, article h4, article h5, article h6");
        Assert.Equal(expected.Outline.Select(h => $"{Math.Min(6, h.Level + shift)} {h.Text}"),
            headings.Select(h => $"{h.TagName[1]} {Squeeze(h.TextContent)}"));

        var notes = page.QuerySelectorAll("section[role=doc-endnotes] li")
            .Select(li => Squeeze(string.Concat(li.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement { TagName: "A" }).Select(n => n.TextContent))));
        Assert.Equal(expected.LinkedNotes.Select(n => Squeeze(n.Text)).Order(), notes.Order());
        var items = page.QuerySelectorAll("article li").Where(li => li.Closest("section[role=doc-endnotes]") is null).Select(li => li.TextContent).ToList();
        Assert.All(expected.UnlinkedNotes, n => Assert.True(HoldsNote(items, n), $"note {n.Marker} is not in the HTML body"));
        if (expected.LinkedNotes.Length > 0)
        {
            HtmlLinks.AllInPageLinksResolve(page);
            Assert.Equal(expected.LinkedNotes.Length, HtmlLinks.FootnotesLinkBothWays(page, "a[role=doc-noteref]", "a[role=doc-backlink]"));
            Assert.DoesNotMatch(@"［\d+］", page.QuerySelector("article")!.TextContent);
        }

        Assert.Equal(expected.Glossary.Select(e => Squeeze(e.Term)), page.QuerySelectorAll("dl dt").Select(dt => Squeeze(dt.TextContent)));
        Assert.Equal(expected.Glossary.Select(e => Squeeze(e.Definition)), page.QuerySelectorAll("dl dd").Select(dd => Squeeze(dd.TextContent)));

        // A glossary term the body uses links, once, from its first use to its entry.
        var bodyText = string.Concat(page.QuerySelectorAll("article p, article li").Where(e => e.Closest("section[role=doc-endnotes]") is null).Select(e => e.TextContent));
        var termLinks = page.QuerySelectorAll("article a[href]").Where(a => a.Closest("dl") is null && a.ParentElement?.Closest("dt, dd") is null
            && page.GetElementById(a.GetAttribute("href")![1..])?.Closest("dt") is not null).ToList();
        Assert.Equal(expected.Glossary.Select(e => e.Term).Where(t => t.Length >= 2 && bodyText.Contains(t, StringComparison.Ordinal)).Order(),
            termLinks.Select(a => a.TextContent).Order());
        Assert.All(termLinks, a => Assert.StartsWith(a.TextContent, page.GetElementById(a.GetAttribute("href")![1..])!.Closest("dt")!.TextContent.Trim()));

        var salutations = page.QuerySelectorAll("p.salutation").ToList();
        Assert.Equal(expected.Salutations, salutations.Count);
        Assert.All(salutations, p => Assert.Null(p.QuerySelector("strong, b")));
        Assert.DoesNotContain(page.QuerySelectorAll("p > strong"), s => s.TextContent.StartsWith("各位", StringComparison.Ordinal));
        Assert.Equal(expected.ListItems, page.QuerySelectorAll("article li").Length);
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(PublishedReport))]
    public void Markdig_reads_the_same_report_in_the_Markdown(PublishedReport expected)
    {
        var doc = TestRun.Fixture(expected.Path);
        string markdown = MarkdownReportWriter.Render(doc);
        var page = HtmlLinks.Parse(Markdown.ToHtml(markdown, Markdig));
        int shift = doc.Metadata.Title is null ? 0 : 1;
        var headings = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Skip(shift);
        Assert.Equal(expected.Outline.Select(h => $"{Math.Min(6, h.Level + shift)} {h.Text}"),
            headings.Select(h => $"{h.TagName[1]} {Squeeze(h.TextContent)}"));

        Assert.Equal(expected.Glossary.Select(e => Squeeze(e.Term)), page.QuerySelectorAll("dl dt").Select(dt => Squeeze(dt.TextContent)));
        Assert.Equal(expected.Glossary.Select(e => Squeeze(e.Definition)), page.QuerySelectorAll("dl dd").Select(dd => Squeeze(dd.TextContent)));
        if (expected.LinkedNotes.Length > 0)
            Assert.Equal(expected.LinkedNotes.Length, HtmlLinks.FootnotesLinkBothWays(page, "a.footnote-ref", "a.footnote-back-ref"));
        var notes = page.QuerySelectorAll(".footnotes li").Select(li => Squeeze(li.TextContent).TrimEnd('↩')).ToList();
        Assert.Equal(expected.LinkedNotes.Select(n => Squeeze(n.Text)).Order(), notes.Order());
        var items = page.QuerySelectorAll("li").Where(li => li.Closest(".footnotes") is null).Select(li => li.TextContent).ToList();
        Assert.All(expected.UnlinkedNotes, n => Assert.True(HoldsNote(items, n), $"note {n.Marker} is not in the Markdown"));
        Assert.DoesNotContain(page.QuerySelectorAll("p > strong:first-child"), s => s.TextContent.StartsWith("各位", StringComparison.Ordinal));
        Assert.Equal(expected.ListItems, page.QuerySelectorAll("ol > li, ul > li").Count(li => li.Closest(".footnotes") is null));

        if (!Tools.Available("pandoc")) { Tools.RequireInCI("pandoc"); return; }
        var pandoc = HtmlLinks.Parse(Tools.Run("pandoc", "-f markdown -t html5", markdown));
        Assert.Equal(expected.Outline.Length, pandoc.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Length - shift);
        Assert.Equal(expected.Glossary.Length, pandoc.QuerySelectorAll("dl dt").Length);
        Assert.Equal(expected.LinkedNotes.Length, pandoc.QuerySelectorAll("section.footnotes li, aside.footnotes li").Length);
        var pandocItems = pandoc.QuerySelectorAll("li").Where(li => li.Closest(".footnotes") is null).Select(li => li.TextContent).ToList();
        Assert.All(expected.UnlinkedNotes, n => Assert.True(HoldsNote(pandocItems, n), $"note {n.Marker} is not in pandoc's reading"));
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(PublishedReport))]
    public void The_OpenXml_SDK_reads_the_same_report_in_the_Word_file(PublishedReport expected)
    {
        var doc = TestRun.Fixture(expected.Path);
        using var package = WordprocessingDocument.Open(new MemoryStream(TestRun.Render(new DocxReportWriter(), doc)), false);
        var paragraphs = package.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var headings = paragraphs.Where(p => StyleOf(p)?.StartsWith("Heading", StringComparison.Ordinal) == true);
        Assert.Equal(expected.Outline.Select(h => $"{h.Level} {h.Text}"), headings.Select(h => $"{StyleOf(h)![^1]} {Squeeze(h.InnerText)}"));

        var notes = package.MainDocumentPart.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(f => f.Id!.Value > 0).Select(f => Squeeze(f.InnerText)).ToList() ?? [];
        Assert.Equal(expected.LinkedNotes.Select(n => Squeeze(n.Text)).Order(), notes.Order());
        var items = paragraphs.Where(p => p.ParagraphProperties?.NumberingProperties is not null || StyleOf(p)?.StartsWith("List", StringComparison.Ordinal) == true)
            .Select(p => p.InnerText).ToList();
        Assert.All(expected.UnlinkedNotes, n => Assert.True(HoldsNote(items, n), $"note {n.Marker} is not a list item of the Word body"));

        var salutations = paragraphs.Where(p => StyleOf(p) == "Salutation").ToList();
        Assert.Equal(expected.Salutations, salutations.Count);
        Assert.All(salutations, p => Assert.DoesNotContain(p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>(), r => r.RunProperties?.Bold is not null));
        var bookmarks = package.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.BookmarkStart>()
            .ToDictionary(b => b.Name!.Value!, b => Squeeze(b.Ancestors<Paragraph>().First().InnerText));
        Assert.All(package.MainDocumentPart.Document.Body.Descendants<Hyperlink>().Where(h => h.Anchor is not null),
            h => Assert.StartsWith(Squeeze(h.InnerText) + "：", bookmarks[h.Anchor!.Value!]));
        var glossary = paragraphs.Select(p => Squeeze(p.InnerText)).ToHashSet();
        Assert.All(expected.Glossary, e => Assert.Contains(Squeeze(e.Term) + "：" + Squeeze(e.Definition), glossary));
    }

    private static string Plain(JsonNode? inlines) =>
        inlines is JsonArray array ? string.Concat(array.Select(i => (string?)i!["type"] switch
        {
            "text" => (string?)i["value"],
            "footnoteRef" => "",
            _ => Plain(i["content"]),
        })) : "";
}
