namespace ReportPipeline.Model;

/// <summary>A document with every run of inlines (headings, paragraphs, items, captions, cells, notes) rewritten.</summary>
public static class InlineMap
{
    public static ReportDocument MapInlines(this ReportDocument document, Func<ValueList<Inline>, ValueList<Inline>> map) => document with
    {
        Blocks = document.Blocks.Select(b => Map(b, map)).ToValueList(),
        Footnotes = document.Footnotes.Select(f => f with { Content = map(f.Content) }).ToValueList(),
    };

    private static Block Map(Block block, Func<ValueList<Inline>, ValueList<Inline>> map) => block switch
    {
        Heading h => h with { Title = map(h.Title) },
        Paragraph p => p with { Lead = map(p.Lead), Content = map(p.Content) },
        ListBlock l => l with { Items = l.Items.Select(i => new ListItem(map(i.Content))).ToValueList() },
        Table t => t with { Caption = map(t.Caption), Header = Rows(t.Header, map), Body = Rows(t.Body, map) },
        Figure f => f with { Caption = map(f.Caption) },
        _ => throw new NotSupportedException($"Unknown block {block.GetType().Name}"),
    };

    private static ValueList<TableRow> Rows(ValueList<TableRow> rows, Func<ValueList<Inline>, ValueList<Inline>> map) =>
        rows.Select(r => new TableRow(r.Cells.Select(c => c with { Content = map(c.Content) }).ToValueList())).ToValueList();

    /// <summary>The document without anchors no link points at (a Word contents list's targets once the list is left out).</summary>
    public static ReportDocument WithoutUnusedAnchors(this ReportDocument document)
    {
        var targets = document.Links().Select(l => l.InternalTarget).OfType<string>().ToHashSet();
        if (!document.AllInlines().Any(i => i is Anchor a && !targets.Contains(a.Name))) return document;
        ValueList<Inline> Prune(ValueList<Inline> inlines) => inlines
            .Where(i => i is not Anchor a || targets.Contains(a.Name))
            .Select(i => i switch
            {
                Strong s => new Strong(Prune(s.Content)),
                Emphasis e => new Emphasis(Prune(e.Content)),
                Link l => l with { Content = Prune(l.Content) },
                _ => i,
            }).ToValueList();
        return document.MapInlines(Prune);
    }
}
