using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>
/// Links footnote markers to definitions by number. Each definition gets an id (its number, with a suffix
/// when a number repeats, as when numbering restarts on each page); a marker links to the first definition
/// with its number at or after it, else the nearest before it. What stays unmatched is reported. Definitions are
/// indexed by number and id, so linking grows linearly with the notes; a second definition of one id gets its own id.
/// </summary>
internal sealed class FootnoteLinker
{
    private readonly List<(FootnoteCandidate Definition, string Id)> definitions = [];
    private readonly Dictionary<int, List<(FootnoteCandidate Definition, string Id)>> byNumber = [];
    private readonly HashSet<string> ids = [];
    private readonly HashSet<string> referenced = [];
    private readonly List<Diagnostic> diagnostics;

    public FootnoteLinker(IEnumerable<FootnoteCandidate> candidates, List<Diagnostic> diagnostics)
    {
        this.diagnostics = diagnostics;
        var seen = new Dictionary<int, int>();
        var budgets = Decoding.Budgets.Current;
        foreach (var definition in candidates)
        {
            if (definitions.Count >= budgets.MaxNotes)
                throw Decoding.Budgets.Exceeded($"the report holds more than {budgets.MaxNotes:N0} notes", nameof(budgets.MaxNotes), budgets.MaxNotes);
            int count = seen[definition.Number] = seen.GetValueOrDefault(definition.Number) + 1;
            string id = definition.Id ?? (count == 1 ? definition.Number.ToString() : $"{definition.Number}-{count}");
            if (count > 1 && definition.Id is null)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "footnote-duplicate-number",
                    $"footnote {definition.Marker} is defined more than once", definition.Source));
            if (!ids.Add(id))
            {
                if (definition.Id is not null)
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "footnote-duplicate-id",
                        $"two notes share the id '{id}'; references go to the first", definition.Source));
                int suffix = 2;
                while (!ids.Add($"{id}-{suffix}")) suffix++;
                id = $"{id}-{suffix}";
            }
            definitions.Add((definition, id));
            if (!byNumber.TryGetValue(definition.Number, out var same)) byNumber[definition.Number] = same = [];
            same.Add((definition, id));
        }
    }

    /// <summary>Some notes came with a number only (a plain notes list), so markers in rich text must be looked for.</summary>
    public bool HasNumberedDefinitions => definitions.Any(d => d.Definition.Id is null);

    /// <summary>The id of the definition a marker points to, or null when it is not a footnote marker here.</summary>
    public string? Resolve(MarkerMatch marker, SourceSpan at)
    {
        var matching = byNumber.TryGetValue(marker.Number, out var same)
            ? same.Where(d => Compatible(marker.Style, d.Definition.Marker)).ToList() : [];
        if (matching.Count == 0)
        {
            if (marker.Style == MarkerStyle.Superscript)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "footnote-unmatched-marker",
                    $"footnote marker {marker.Marker} has no definition", at));
            return null;
        }
        var chosen = matching.FirstOrDefault(d => d.Definition.Source.StartLine >= at.StartLine && !referenced.Contains(d.Id));
        if (chosen.Id is null) chosen = matching.LastOrDefault(d => d.Definition.Source.StartLine < at.StartLine);
        if (chosen.Id is null) chosen = matching[0];
        referenced.Add(chosen.Id);
        return chosen.Id;
    }

    /// <summary>
    /// A superscript marker may point to a note however its number is written; ① only to a note written ①, and [1] to
    /// a note written [1] or 1. — so circled numbers that number a list stay text.
    /// </summary>
    private static bool Compatible(MarkerStyle reference, string definitionMarker) =>
        reference == MarkerStyle.Superscript || FootnoteMarkers.StyleOf(definitionMarker) is var style && (style == reference || style is null && reference == MarkerStyle.Bracketed);

    /// <summary>
    /// Records a reference a structured format made by id; false, reported, when no definition has that id (a Word
    /// note reference whose note was removed): the caller keeps it as plain text.
    /// </summary>
    public bool Referenced(string id, SourceSpan at)
    {
        if (ids.Contains(id))
        {
            referenced.Add(id);
            return true;
        }
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "footnote-unmatched-marker",
            $"footnote reference '{id}' has no definition; kept as text", at));
        return false;
    }

    /// <summary>Whether a marker or a reference of the text has led to the note with this id.</summary>
    public bool IsReferenced(string id) => referenced.Contains(id);

    /// <summary>The definitions as footnotes of the tree, in source order; reports those never referenced.</summary>
    public List<Footnote> Footnotes()
    {
        var contentBuilder = new InlineBuilder(null);
        var footnotes = new List<Footnote>();
        foreach (var (definition, id) in definitions)
        {
            if (!referenced.Contains(id))
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "footnote-unreferenced",
                    $"footnote {definition.Marker} is never referenced in the text", definition.Source));
            footnotes.Add(new Footnote(id, definition.Marker, contentBuilder.Build(definition.Text, definition.Source), definition.Source));
        }
        return footnotes;
    }
}
