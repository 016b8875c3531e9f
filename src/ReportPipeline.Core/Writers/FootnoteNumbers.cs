using ReportPipeline.Model;

namespace ReportPipeline.Writers;

/// <summary>
/// Display numbers of footnotes (1, 2, 3 … in order of first reference) and how many times each is
/// referenced so far, so writers can give every reference its own anchor and every note a back-link to each.
/// </summary>
public sealed class FootnoteNumbers
{
    private readonly Dictionary<string, int> numbers;
    private readonly Dictionary<string, int> referencesSeen = [];

    public FootnoteNumbers(ReportDocument document)
    {
        Ordered = document.FootnotesInReadingOrder();
        numbers = Ordered.Select((f, i) => (f.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        var referenced = document.FootnoteReferences().Select(r => r.FootnoteId).ToHashSet();
        Unreferenced = Ordered.Where(f => !referenced.Contains(f.Id)).ToList();
    }

    /// <summary>The footnotes in display order.</summary>
    public IReadOnlyList<Footnote> Ordered { get; }

    /// <summary>
    /// Notes nothing in the text points to (a note on the title or a byline, which are metadata; an unmarked note at a
    /// page's foot), in display order, after every referenced one. Word and Markdown show a footnote only from a
    /// reference, so their writers set these out as a closing list of notes, each opening with its marker as printed.
    /// </summary>
    public IReadOnlyList<Footnote> Unreferenced { get; }

    /// <summary>An unreferenced note as printed at the foot of a page: its marker (none for an unmarked note), a space, its text.</summary>
    public static ValueList<Inline> AsPrinted(Footnote note) =>
        note.Marker.Trim().Length == 0 ? note.Content : [new Text(note.Marker.Trim() + " "), .. note.Content];

    /// <summary>Whether the document has a note of this id (a link to it goes to the note).</summary>
    public bool Contains(string id) => numbers.ContainsKey(id);

    public int NumberOf(string id) => numbers.TryGetValue(id, out var n) ? n
        : throw new InvalidOperationException($"footnote reference to unknown id '{id}'");

    /// <summary>Counts a reference and returns its 1-based occurrence for that footnote.</summary>
    public int NextOccurrence(string id) => referencesSeen[id] = referencesSeen.GetValueOrDefault(id) + 1;

    /// <summary>How many references a footnote had, once the whole document was written.</summary>
    public int OccurrencesOf(string id) => referencesSeen.GetValueOrDefault(id);
}
