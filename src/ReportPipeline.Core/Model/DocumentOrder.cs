namespace ReportPipeline.Model;

/// <summary>Reading-order views over a document that several writers need.</summary>
public static class DocumentOrder
{
    /// <summary>Every run of inlines in reading order: headings (with their stops), paragraphs, list items, captions, cells.</summary>
    public static IEnumerable<ValueList<Inline>> InlineRuns(this ReportDocument document) =>
        document.Blocks.SelectMany(InlineRuns);

    public static IEnumerable<ValueList<Inline>> InlineRuns(Block block) => block switch
    {
        Heading h => h.Stop is null ? [h.Title] : [[.. h.Title, new Text(h.Stop)]], // the title as printed, its stop after it
        Paragraph p => [p.Lead, p.Content],
        ListBlock l => l.Items.Select(i => i.Content),
        DefinitionList d => d.Items.SelectMany(i => new[] { i.Term, i.Definition }),
        Table t => new[] { t.Caption }.Concat(t.Header.Concat(t.Body).SelectMany(r => r.Cells).Select(c => c.Content)),
        Figure f => [f.Caption],
        _ => throw new NotSupportedException($"Unknown block {block.GetType().Name}"),
    };

    /// <summary>Every footnote reference in the document, in reading order.</summary>
    public static IEnumerable<FootnoteReference> FootnoteReferences(this ReportDocument document) =>
        document.InlineRuns().SelectMany(r => r.FootnoteReferences());

    /// <summary>
    /// Footnotes in the order of their first reference, then any never referenced; the display number of a
    /// footnote is its position here plus one. Writers number from this; the tree stores no numbers.
    /// </summary>
    public static IReadOnlyList<Footnote> FootnotesInReadingOrder(this ReportDocument document)
    {
        var byId = document.Footnotes.ToDictionary(f => f.Id);
        var ordered = new List<Footnote>();
        var seen = new HashSet<string>();
        foreach (var reference in document.FootnoteReferences())
            if (byId.TryGetValue(reference.FootnoteId, out var note) && seen.Add(note.Id)) ordered.Add(note);
        ordered.AddRange(document.Footnotes.Where(f => seen.Add(f.Id)));
        return ordered;
    }
}
