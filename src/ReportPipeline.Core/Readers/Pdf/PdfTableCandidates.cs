using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// A PDF table as recovery takes it: the cells of its grid with their spans and rich text. The first row is a header,
/// and so is every row a header cell reaches down into (a header two rows deep under a spanning cell).
/// A table known only as rows of text gets its spans from the shared rule of <see cref="TableAssembler"/>.
/// </summary>
internal static class PdfTableCandidates
{
    public static TableCandidate Build(PdfTable table, Func<PdfMarker, string?> resolve)
    {
        var source = Model.SourceSpan.OnPage(table.Page, table.Right > table.Left ? new Model.PageBox(table.Left, table.Bottom, table.Right, table.Top) : null);
        if (table.Cells is not { Count: > 0 } cells) return TableAssembler.Build(table.Rows, null, source);

        int rows = cells.Max(c => c.Row + c.RowSpan);
        int headerRows = table.HeaderRows ?? HeaderRowCount(cells);
        // A header cell reaching on down past the header (a label two rows high beside a header row and a body row) ends
        // with the header; an empty cell keeps its place in the body, so the body's cells stay under their titles.
        cells = [.. cells, .. cells.Where(c => c.Row < headerRows && c.Row + c.RowSpan > headerRows)
            .Select(c => new PdfTableCell(headerRows, c.Column, c.Row + c.RowSpan - headerRows, c.ColumnSpan, []))];
        List<IReadOnlyList<RawCell>> RowsOf(int from, int to) => Enumerable.Range(from, to - from)
            .Select(r => (IReadOnlyList<RawCell>)cells.Where(c => c.Row == r).OrderBy(c => c.Column)
                .Select(c => new RawCell(Text(c, resolve, header: r < headerRows), Math.Min(c.RowSpan, (r < headerRows ? headerRows : rows) - r), c.ColumnSpan)).ToList())
            .ToList();
        return new TableCandidate(null, RowsOf(0, headerRows), RowsOf(headerRows, rows), source);
    }

    /// <summary>A table on the next page with as many columns as the table before it, nothing between them, continues it.</summary>
    public static bool Continues(TableCandidate previous, TableCandidate next) =>
        next.Source.Page == (previous.Source.LastPage ?? 0) + 1 && Width(previous) == Width(next) && Width(next) > 0;

    /// <summary>
    /// One table from its parts on two pages: a header the new page repeats is dropped, and a row the page break cut
    /// (its part on the new page has no label in the first column) is joined back.
    /// </summary>
    public static TableCandidate Merge(TableCandidate previous, TableCandidate next)
    {
        bool repeats = next.Header.Count == previous.Header.Count && next.Header.Zip(previous.Header).All(p => SameTexts(p.First, p.Second));
        var added = (repeats ? next.Body : [.. next.Header, .. next.Body]).ToList();
        var body = previous.Body.ToList();
        if (added.Count > 0 && body.Count > 0 && added[0].Count == body[^1].Count && added[0][0].Text.IsEmpty && !body[^1][0].Text.IsEmpty)
        {
            body[^1] = body[^1].Zip(added[0], (upper, lower) => upper with { Text = upper.Text.Join(lower.Text) }).ToList();
            added.RemoveAt(0);
        }
        return previous with { Body = [.. body, .. added], Source = previous.Source.Through(next.Source) };
    }

    private static int Width(TableCandidate table) =>
        table.Header.Concat(table.Body).FirstOrDefault() is { } row ? row.Sum(c => c.ColumnSpan) : 0;

    private static bool SameTexts(IReadOnlyList<RawCell> a, IReadOnlyList<RawCell> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Text.Plain == p.Second.Text.Plain && p.First.ColumnSpan == p.Second.ColumnSpan);

    /// <summary>
    /// The first row, and the rows below that a cell of the header reaches into; a first row of group titles alone (each
    /// spanning columns, nothing else in the row) has the column titles under it as a second header row; and a row right
    /// under the header that fills every column in bold with no figure in it (a row of formulas "公式 A=B+C B C", of
    /// units, of column letters) is a header row too.
    /// </summary>
    public static int HeaderRowCount(IReadOnlyList<PdfTableCell> cells)
    {
        int rows = cells.Max(c => c.Row + c.RowSpan);
        var titled = cells.Where(c => c.Row == 0 && c.Lines.Any(l => !l.IsBlank)).ToList();
        int count = rows > 2 && titled.Count > 0 && titled.All(c => c.ColumnSpan > 1) ? 2 : 1;
        while (true)
        {
            int reach;
            while ((reach = cells.Where(c => c.Row < count).Max(c => c.Row + c.RowSpan)) > count && reach < rows) count = reach;
            if (count + 1 >= rows || !IsLabelRow(cells, count)) return count;
            count++;
        }
    }

    /// <summary>A row whose cells fill every column, each in bold and none a figure.</summary>
    private static bool IsLabelRow(IReadOnlyList<PdfTableCell> cells, int row)
    {
        int columns = cells.Max(c => c.Column + c.ColumnSpan);
        var texts = cells.Where(c => c.Row == row).Select(c => c.Lines.Where(l => !l.IsBlank).ToList()).ToList();
        return texts.Count == columns && texts.All(lines => lines.Count > 0 && lines.All(l => l.Bold && !AlignedTableDetector.IsNumber(l.Text)));
    }

    /// <summary>A cell's text; a header cell set wholly bold is not kept bold (header cells are bold by definition).</summary>
    private static RecoveredText Text(PdfTableCell cell, Func<PdfMarker, string?> resolve, bool header)
    {
        var inlines = PdfInlines.Build(PdfStyledText.Join(cell.Lines).WithoutStraySpaces().Trim(), resolve);
        return RecoveredText.FromInlines(header && inlines is [Model.Strong only] ? only.Content : inlines).Trim();
    }
}
