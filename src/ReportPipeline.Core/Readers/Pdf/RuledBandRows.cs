namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Rows inside a ruled band. A table ruled only at its header and foot (a statistical bulletin's three-line table), or
/// every few rows (a long listing ruled every fifth row), holds several rows of text in one band between two rulings.
/// Such a band is as many rows as its cells hold lines, when at least two of its cells hold that many lines, standing
/// level with one another, one of them all numbers, and every other cell's lines stand level with them: each line
/// level across the cells is a row. A band of wrapped text (a label over two lines beside one number, a header of
/// titles wrapped alike) stays one row.
/// </summary>
internal static class RuledBandRows
{
    /// <param name="cells">A ruled table's cells, rows counted from 0.</param>
    /// <param name="shift">How far, in font sizes, lines of one row may stand from level (numbers set a little above their label).</param>
    public static List<PdfTableCell> Split(IReadOnlyList<PdfTableCell> cells, double shift)
    {
        if (cells.Count == 0) return [.. cells];
        int rows = cells.Max(c => c.Row + c.RowSpan);
        var result = new List<PdfTableCell>(cells.Count);
        int added = 0;
        for (int r = 0; r < rows; r++)
        {
            var row = cells.Where(c => c.Row == r).ToList();
            bool spanned = cells.Any(c => c.RowSpan > 1 && c.Row <= r && c.Row + c.RowSpan > r);
            var levels = spanned ? null : Levels(row, shift);
            if (levels is null)
            {
                result.AddRange(row.Select(c => c with { Row = c.Row + added }));
                continue;
            }
            foreach (var cell in row)
            {
                var lines = Text(cell);
                for (int i = 0; i < levels.Count; i++)
                    result.Add(cell with { Row = r + added + i, Lines = lines.Where(l => Nearest(levels, l.Baseline) == i).ToList() });
            }
            added += levels.Count - 1;
        }
        return result;
    }

    /// <summary>The baselines of the rows a band holds, top down, or null when it is one row.</summary>
    private static List<double>? Levels(List<PdfTableCell> row, double shift)
    {
        var texts = row.Select(Text).Where(l => l.Count > 0).ToList();
        if (texts.Count < 2) return null;
        int most = texts.Max(l => l.Count);
        var full = texts.Where(l => l.Count == most).ToList();
        if (most < 2 || full.Count < 2 || !full.Any(l => l.All(line => AlignedTableDetector.IsNumber(line.Text)))) return null;
        var levels = full[0].Select(l => l.Baseline).ToList();
        bool Level(PdfLine line, int i) => Math.Abs(line.Baseline - levels[i]) <= line.Size * shift;
        if (!full.All(lines => lines.Select((line, i) => Level(line, i)).All(x => x))) return null;
        foreach (var lines in texts.Where(l => l.Count < most))
        {
            var at = lines.Select(l => Nearest(levels, l.Baseline)).ToList();
            if (at.Distinct().Count() < at.Count || lines.Zip(at).Any(p => !Level(p.First, p.Second))) return null;
        }
        return levels;
    }

    private static List<PdfLine> Text(PdfTableCell cell) => [.. cell.Lines.Where(l => !l.IsBlank).OrderByDescending(l => l.Baseline)];

    private static int Nearest(List<double> levels, double baseline) =>
        Enumerable.Range(0, levels.Count).MinBy(i => Math.Abs(levels[i] - baseline));
}
