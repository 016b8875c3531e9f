namespace ReportPipeline.Model;

/// <summary>
/// What every <see cref="ReportDocument"/> holds, checked when one is built, so no writer meets a broken tree:
/// note ids are unique, every footnote reference names a note of the document, and every table cell spans at least
/// one row and column and no further down than its section (header or body) goes; document labels open the blocks
/// (none after another kind of block) and carry no lead, so a writer prints them all before the title block. Recovery
/// repairs what readers hand it (a dangling reference becomes text with a warning); a tree built otherwise that breaks one is refused.
/// </summary>
public static class TreeInvariants
{
    public static bool Check(ValueList<Block> blocks, ValueList<Footnote> footnotes)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var note in footnotes)
            if (!ids.Add(note.Id)) throw new ArgumentException($"two footnotes share the id '{note.Id}'");
        bool labels = true; // still among the document labels that open the blocks
        foreach (var block in blocks)
        {
            bool label = block is Paragraph { IsDocumentLabel: true };
            if (label && !labels) throw new ArgumentException("a document label stands after the body's first block; labels open the document");
            if (label && ((Paragraph)block).HasLead) throw new ArgumentException("a document label has a lead; a label is plain text");
            labels &= label;
            foreach (var run in DocumentOrder.InlineRuns(block))
                foreach (var reference in run.FootnoteReferences())
                    if (!ids.Contains(reference.FootnoteId))
                        throw new ArgumentException($"a footnote reference names '{reference.FootnoteId}', which no footnote has");
            if (block is Table table)
            {
                CheckSpans(table.Header);
                CheckSpans(table.Body);
            }
        }
        return true;
    }

    private static void CheckSpans(ValueList<TableRow> rows)
    {
        for (int r = 0; r < rows.Count; r++)
            foreach (var cell in rows[r].Cells)
                if (cell.RowSpan < 1 || cell.ColumnSpan < 1 || r + cell.RowSpan > rows.Count)
                    throw new ArgumentException($"a table cell in row {r + 1} spans {cell.RowSpan} rows and {cell.ColumnSpan} columns, outside its table");
    }
}
