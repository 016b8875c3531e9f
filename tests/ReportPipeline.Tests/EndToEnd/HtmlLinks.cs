using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>Checks on rendered HTML, whoever rendered it: in-page links resolve, footnotes link both ways.</summary>
public static class HtmlLinks
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Every href="#x" names an element id that exists.</summary>
    public static void AllInPageLinksResolve(IDocument page)
    {
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet();
        var broken = page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).Where(id => !ids.Contains(id)).ToList();
        Assert.True(broken.Count == 0, $"links to missing ids: {string.Join(", ", broken)}");
    }

    /// <summary>
    /// Each reference (selected by <paramref name="referenceSelector"/>) links to a note, and that note links back to the
    /// reference's own id. Returns the number of distinct notes reached.
    /// </summary>
    public static int FootnotesLinkBothWays(IDocument page, string referenceSelector, string backLinkSelector)
    {
        var references = page.QuerySelectorAll(referenceSelector).ToList();
        Assert.NotEmpty(references);
        var notes = new HashSet<string>();
        foreach (var reference in references)
        {
            string noteId = reference.GetAttribute("href")![1..];
            var note = page.GetElementById(noteId);
            Assert.True(note is not null, $"reference {reference.Id} points to missing note {noteId}");
            string? referenceId = reference.Id ?? reference.ParentElement?.Id;
            Assert.False(string.IsNullOrEmpty(referenceId), "a footnote reference has no id to come back to");
            var backs = note!.QuerySelectorAll(backLinkSelector).Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains("#" + referenceId, backs);
            notes.Add(noteId);
        }
        return notes.Count;
    }
}
