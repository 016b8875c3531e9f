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
    }

    /// <summary>The footnotes in display order.</summary>
    public IReadOnlyList<Footnote> Ordered { get; }

    /// <summary>Whether the document has a note of this id (a link to it goes to the note).</summary>
    public bool Contains(string id) => numbers.ContainsKey(id);

    public int NumberOf(string id) => numbers.TryGetValue(id, out var n) ? n
        : throw new InvalidOperationException($"footnote reference to unknown id '{id}'");

    /// <summary>Counts a reference and returns its 1-based occurrence for that footnote.</summary>
    public int NextOccurrence(string id) => referencesSeen[id] = referencesSeen.GetValueOrDefault(id) + 1;

    /// <summary>How many references a footnote had, once the whole document was written.</summary>
    public int OccurrencesOf(string id) => referencesSeen.GetValueOrDefault(id);
}
