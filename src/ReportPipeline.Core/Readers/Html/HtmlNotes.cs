using AngleSharp.Dom;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// Where a page keeps its notes, as pandoc, Word, LibreOffice, Wikipedia and ReportPipeline write them: every
/// element id (or anchor name) inside a note maps to that note, so a reference "#x" finds its note whichever
/// inner anchor it points to. Back-links inside notes are not part of their text.
/// </summary>
internal sealed class HtmlNotes
{
    private const string NoteSelectors =
        "section[role=doc-endnotes] li, [role=doc-endnote], [role=doc-footnote], section.footnotes li, div.footnotes li, " +
        "ol.references > li, div[id^=sdfootnote], div[id^=sdendnote], div[id^=ftn], div[id^=edn]";

    public const string BackLinkSelectors =
        "a[role=doc-backlink], a.footnote-back, a.footnote-backref, a[href^='#fnref'], .mw-cite-backlink, " +
        "a.sdfootnotesym, a.sdendnotesym, a[href^='#_ftnref'], a[href^='#_ednref']";

    private readonly Dictionary<string, IElement> noteByAnchor = new(StringComparer.Ordinal);

    public HtmlNotes(IElement root)
    {
        foreach (var note in root.QuerySelectorAll(NoteSelectors))
        {
            if (note.ParentElement?.Closest("[role=doc-endnote], [role=doc-footnote]") is not null) continue;
            Notes.Add(note);
            foreach (var anchor in note.QuerySelectorAll("[id], a[name]").Prepend(note))
                if (AnchorOf(anchor) is { } key) noteByAnchor.TryAdd(key, note);
        }
    }

    /// <summary>The notes in page order.</summary>
    public List<IElement> Notes { get; } = [];

    /// <summary>The note a link points into, or null when it is an ordinary link.</summary>
    public IElement? Target(IElement link)
    {
        string? href = link.GetAttribute("href");
        if (href is null || !href.StartsWith('#') || link.Closest(BackLinkSelectors) is not null) return null;
        return noteByAnchor.GetValueOrDefault(Uri.UnescapeDataString(href[1..]));
    }

    /// <summary>A note's id: the element's own id, or the first anchor inside it.</summary>
    public static string IdOf(IElement note, int index) =>
        AnchorOf(note) ?? note.QuerySelectorAll("[id], a[name]").Select(AnchorOf).FirstOrDefault(a => a is not null) ?? $"note{index + 1}";

    private static string? AnchorOf(IElement element) =>
        element.GetAttribute("id") is { Length: > 0 } id ? id : element.GetAttribute("name") is { Length: > 0 } name ? name : null;

    public bool IsInsideNote(INode node) => node is IElement e ? Notes.Any(n => n.Contains(e)) : node.ParentElement is { } p && IsInsideNote(p);
}
