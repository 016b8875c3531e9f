namespace ReportPipeline.Readers.Pdf;

/// <summary>A note of a PDF as the reader found it: its key (number or symbol), its id, and where it stands in the flow.</summary>
/// <param name="Page">The page the note opens on (0 where not known).</param>
internal sealed record PdfNoteEntry(string Key, string Id, int Position, int Page = 0);

/// <summary>
/// Links markers to notes by key, on the page: a marker points to the first note with its key at or after it in the
/// flow not yet cited, else the first at or after it, else the last before it (a note cited again later). A symbol set on
/// the line after a word, not raised ("used*."), points only to a note of its own page not yet cited: the same symbol
/// in a table's title further on ("rates*") is that table's legend's, not the note's.
/// </summary>
internal sealed class PdfNoteLinker
{
    private readonly Dictionary<string, List<PdfNoteEntry>> byKey;
    private readonly HashSet<string> cited = [];

    public PdfNoteLinker(IEnumerable<PdfNoteEntry> notes) =>
        byKey = notes.GroupBy(n => n.Key).ToDictionary(g => g.Key, g => g.OrderBy(n => n.Position).ToList());

    /// <summary>The id of the note a marker at flow position <paramref name="position"/> points to; null when none.</summary>
    /// <param name="page">The page the marker stands on.</param>
    public string? Resolve(PdfMarker marker, int position, int page = 0)
    {
        if (!byKey.TryGetValue(marker.Key, out var notes)) return null;
        if (!marker.Raised && marker.Key is [var symbol, ..] && PdfInlines.IsNoteSymbol(symbol))
        {
            var own = notes.FirstOrDefault(n => n.Page == page && n.Position >= position && !cited.Contains(n.Id));
            if (own is not null) cited.Add(own.Id);
            return own?.Id;
        }
        var chosen = notes.FirstOrDefault(n => n.Position >= position && !cited.Contains(n.Id))
                     ?? notes.FirstOrDefault(n => n.Position >= position)
                     ?? notes.LastOrDefault(n => n.Position < position);
        if (chosen is null) return null;
        cited.Add(chosen.Id);
        return chosen.Id;
    }
}
