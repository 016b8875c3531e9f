namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 3a: gutters set close. Two columns set a font size apart (a handbook's 10 pt columns 10 pt apart, a newspaper's
/// Chinese columns) put the lines of both on one baseline with a gap no wider than a stretched word space, so the row is
/// read straight across. What gives the gutter away is the page, not the row: on many rows a wide gap is followed by
/// text starting at the same x (the next column's left edge), with text of some length on both sides, and almost no
/// row of that stretch of the page has ink inside the strip. Those strips are gutters; a row's gap that falls in one
/// splits the row (<see cref="PdfLineBuilder"/>).
/// </summary>
internal static class CloseGutters
{
    /// <summary>A strip of the page between columns, and the baselines it runs between.</summary>
    public sealed record Strip(double Left, double Right, double Top, double Bottom)
    {
        /// <summary>Whether a gap between two glyphs of a row on <paramref name="baseline"/> falls in the strip.</summary>
        public bool Splits(double gapLeft, double gapRight, double baseline) =>
            baseline <= Top + 0.5 && baseline >= Bottom - 0.5 && gapLeft < Right && gapRight > Left;
    }

    private sealed record Gap(int Row, double Left, double Start, double Baseline);

    public static List<Strip> Find(IReadOnlyList<List<PdfGlyph>> rows, ReadingOrderOptions o)
    {
        var inked = rows.Select(r => r.Where(g => !string.IsNullOrWhiteSpace(g.Value)).OrderBy(g => g.Left).ToList()).ToList();
        var gaps = new List<Gap>();
        for (int r = 0; r < inked.Count; r++)
        {
            var row = inked[r];
            if (row.Count < 2) continue;
            double size = row.Max(g => g.Size);
            // The row cut into runs at every wide gap; a gap between two runs of some length is a candidate.
            var runs = new List<(double Left, double Right)>();
            double left = row[0].Left, right = row[0].Right;
            for (int i = 1; i < row.Count; i++)
            {
                if (row[i].Left - right >= o.CloseGutterGap * size)
                {
                    runs.Add((left, right));
                    left = row[i].Left;
                }
                right = Math.Max(right, row[i].Right);
            }
            runs.Add((left, right));
            for (int i = 1; i < runs.Count; i++)
                if (runs[i - 1].Right - runs[i - 1].Left >= o.CloseGutterRun * size && runs[i].Right - runs[i].Left >= o.CloseGutterRun * size)
                    gaps.Add(new Gap(r, runs[i - 1].Right, runs[i].Left, row[0].Baseline));
        }
        var strips = new List<Strip>();
        if (gaps.Count < o.CloseGutterRows) return strips;
        gaps.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int first = 0; first < gaps.Count;)
        {
            int end = first;
            while (end < gaps.Count && gaps[end].Start - gaps[first].Start <= o.CloseGutterAlign) end++;
            var group = gaps.GetRange(first, end - first);
            first = end;
            if (group.Select(g => g.Row).Distinct().Count() < o.CloseGutterRows) continue;
            var strip = new Strip(group.Max(g => g.Left), group.Min(g => g.Start), group.Max(g => g.Baseline), group.Min(g => g.Baseline));
            // Inside one column, wide gaps lining up by chance have the column's other rows running through them.
            int crossing = inked.Count(row => row.Count > 0 && row[0].Baseline <= strip.Top && row[0].Baseline >= strip.Bottom
                                             && row.Any(g => g.Left < strip.Right - 0.5 && g.Right > strip.Left + 0.5));
            if (crossing <= group.Count * o.CloseGutterCrossing) strips.Add(strip);
        }
        return strips;
    }
}
