namespace ReportPipeline.Readers.Pdf;

/// <summary>A note of a PDF as the reader found it: its key (number or symbol), its id, and where it stands in the flow.</summary>
internal sealed record PdfNoteEntry(string Key, string Id, int Position);

/// <summary>
/// Links markers to notes by key, on the page: a marker points to the first note with its key at or after it in the
/// flow not yet cited, else the first at or after it, else the last before it (a note cited again later).
/// </summary>
internal sealed class PdfNoteLinker
{
    private readonly Dictionary<string, List<PdfNoteEntry>> byKey;
    private readonly HashSet<string> cited = [];

    public PdfNoteLinker(IEnumerable<PdfNoteEntry> notes) =>
        byKey = notes.GroupBy(n => n.Key).ToDictionary(g => g.Key, g => g.OrderBy(n => n.Position).ToList());

    /// <summary>The id of the note a marker at flow position <paramref name="position"/> points to; null when none.</summary>
    public string? Resolve(PdfMarker marker, int position)
    {
        if (!byKey.TryGetValue(marker.Key, out var notes)) return null;
        var chosen = notes.FirstOrDefault(n => n.Position >= position && !cited.Contains(n.Id))
                     ?? notes.FirstOrDefault(n => n.Position >= position)
                     ?? notes.LastOrDefault(n => n.Position < position);
        if (chosen is null) return null;
        cited.Add(chosen.Id);
        return chosen.Id;
    }
}
