using AngleSharp.Dom;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// Where a page keeps its notes, as pandoc, Word, LibreOffice, Wikipedia and ReportPipeline write them: every
/// element id (or anchor name) inside a note maps to that note, so a reference "#x" finds its note whichever
/// inner anchor it points to. Back-links inside notes are not part of their text. Pages that mark notes with no known
/// class (LibreOffice's XHTML export among them) are read by their links: two links that point at each other are a
/// reference and its note, and the one that opens its paragraph is the note's number.
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
    private readonly HashSet<IElement> numberLinks = [];

    public HtmlNotes(IElement root)
    {
        foreach (var note in root.QuerySelectorAll(NoteSelectors))
        {
            if (note.ParentElement?.Closest("[role=doc-endnote], [role=doc-footnote]") is not null) continue;
            Register(note);
        }
        foreach (var (reference, number) in MutualLinks(root))
            if (!noteByAnchor.ContainsKey(AnchorOf(number)!) && number.Closest("p, li, div") is { } block && block.Contains(number))
            {
                Register(block);
                numberLinks.Add(number);
            }
        // Page order by one walk of the tree (comparing document positions pairwise costs a sibling scan each time).
        var order = root.Descendants<IElement>().Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        Notes.Sort((a, b) => order.GetValueOrDefault(a, -1).CompareTo(order.GetValueOrDefault(b, -1)));
        noteSet = [.. Notes];
    }

    private HashSet<IElement> noteSet = [];

    private void Register(IElement note)
    {
        Notes.Add(note);
        foreach (var anchor in note.QuerySelectorAll("[id], a[name]").Prepend(note))
            if (AnchorOf(anchor) is { } key) noteByAnchor.TryAdd(key, note);
    }

    /// <summary>Pairs of links pointing at each other, as (reference, note number): the number is the one opening its block.</summary>
    private static IEnumerable<(IElement Reference, IElement Number)> MutualLinks(IElement root)
    {
        var byId = root.QuerySelectorAll("a[id][href^='#']").GroupBy(a => a.Id!).ToDictionary(g => g.Key, g => g.First());
        foreach (var (id, link) in byId)
        {
            if (!byId.TryGetValue(link.GetAttribute("href")![1..], out var other) || other.GetAttribute("href") != "#" + id) continue;
            if (OpensItsBlock(other) && !OpensItsBlock(link)) yield return (link, other);
        }
    }

    private static bool OpensItsBlock(IElement link) =>
        link.Closest("p, li, div") is { } block && block.TextContent.TrimStart().StartsWith(link.TextContent.Trim(), StringComparison.Ordinal)
        && link.TextContent.Trim().Length > 0;

    /// <summary>A note's own number link (the back-link LibreOffice puts at its start), not part of its text.</summary>
    public bool IsNumberLink(IElement element) => numberLinks.Contains(element);

    /// <summary>The notes in page order.</summary>
    public List<IElement> Notes { get; } = [];

    /// <summary>The note a link points into, or null when it is an ordinary link.</summary>
    public IElement? Target(IElement link)
    {
        string? href = link.GetAttribute("href");
        if (href is null || !href.StartsWith('#') || link.Closest(BackLinkSelectors) is not null || numberLinks.Contains(link)) return null;
        return noteByAnchor.GetValueOrDefault(Uri.UnescapeDataString(href[1..]));
    }

    /// <summary>A note's id: the element's own id, or the first anchor inside it.</summary>
    public static string IdOf(IElement note, int index) =>
        AnchorOf(note) ?? note.QuerySelectorAll("[id], a[name]").Select(AnchorOf).FirstOrDefault(a => a is not null) ?? $"note{index + 1}";

    public static string? AnchorOf(IElement element) =>
        element.GetAttribute("id") is { Length: > 0 } id ? id : element.GetAttribute("name") is { Length: > 0 } name ? name : null;

    public bool IsInsideNote(INode node)
    {
        for (var e = node as IElement ?? node.ParentElement; e is not null; e = e.ParentElement)
            if (noteSet.Contains(e)) return true;
        return false;
    }
}
