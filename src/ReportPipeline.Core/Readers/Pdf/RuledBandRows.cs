namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Rows inside a ruled band. A table ruled only at its header and foot (a statistical bulletin's three-line table), or
/// every few rows (a long listing ruled every fifth row), holds several rows of text in one band between two rulings.
/// Such a band is as many rows as its cells hold lines, when at least two of its cells hold that many lines, standing
/// level with one another, one of them all numbers, and every other cell's lines stand level with them: each line
/// level across the cells is a row. A band of wrapped text (a label over two lines beside one number, a header of
/// titles wrapped alike) stays one row, unless its lines fall, across all its cells, into blocks set apart by a blank
/// line with a label in the first column opening each block (a group title, then each item with its wrapped
/// definition beside it): then each block is a row.
/// </summary>
internal static class RuledBandRows
{
    /// <param name="cells">A ruled table's cells, rows counted from 0.</param>
    /// <param name="shift">How far, in font sizes, lines of one row may stand from level (numbers set a little above their label).</param>
    /// <param name="blockGap">Blocks of lines are set apart by a step of more than this many times the band's line pitch.</param>
    public static List<PdfTableCell> Split(IReadOnlyList<PdfTableCell> cells, double shift, double blockGap = double.PositiveInfinity)
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
            Func<PdfLine, int> at = l => Nearest(levels!, l.Baseline);
            if (levels is null && !spanned && Blocks(row, shift, blockGap) is { } tops) (levels, at) = (tops, l => Block(tops, l, shift));
            if (levels is null)
            {
                result.AddRange(row.Select(c => c with { Row = c.Row + added }));
                continue;
            }
            foreach (var cell in row)
            {
                var lines = Text(cell);
                for (int i = 0; i < levels.Count; i++)
                    result.Add(cell with { Row = r + added + i, Lines = lines.Where(l => at(l) == i).ToList() });
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

    /// <summary>
    /// The top baselines of the blocks a band's lines fall into, across all its cells, where a step between two levels
    /// is more than <paramref name="blockGap"/> times the smallest step; null unless there are two blocks or more and
    /// the first column has a line level with the top of each.
    /// </summary>
    private static List<double>? Blocks(List<PdfTableCell> row, double shift, double blockGap)
    {
        var lines = row.SelectMany(Text).OrderByDescending(l => l.Baseline).ToList();
        if (row.Count(c => Text(c).Count > 0) < 2) return null;
        var levels = new List<double>();
        foreach (var line in lines)
            if (levels.Count == 0 || levels[^1] - line.Baseline > line.Size * shift) levels.Add(line.Baseline);
        if (levels.Count < 3) return null;
        double pitch = levels.Zip(levels.Skip(1), (a, b) => a - b).Min();
        var tops = new List<double> { levels[0] };
        for (int i = 1; i < levels.Count; i++)
            if (levels[i - 1] - levels[i] > pitch * blockGap) tops.Add(levels[i]);
        if (tops.Count < 2) return null;
        var labels = row.Where(c => c.Column == row.Min(r => r.Column)).SelectMany(Text).ToList();
        return tops.All(top => labels.Any(l => Math.Abs(l.Baseline - top) <= l.Size * shift)) ? tops : null;
    }

    /// <summary>The block a line stands in: the last whose top is not below it.</summary>
    private static int Block(List<double> tops, PdfLine line, double shift) => tops.FindLastIndex(top => top >= line.Baseline - line.Size * shift);

    private static List<PdfLine> Text(PdfTableCell cell) => [.. cell.Lines.Where(l => !l.IsBlank).OrderByDescending(l => l.Baseline)];

    private static int Nearest(List<double> levels, double baseline) =>
        Enumerable.Range(0, levels.Count).MinBy(i => Math.Abs(levels[i] - baseline));
}
