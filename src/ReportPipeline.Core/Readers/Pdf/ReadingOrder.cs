namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 7: reading order on a page. Lines are read top to bottom; on a page set in columns (narrow lines with an
/// empty vertical strip between them), column by column from the left, with lines spanning the columns (titles)
/// read where they stand. Narrow text standing only in the right half of a page is that page's right column.
/// </summary>
internal static class ReadingOrder
{
    public static List<PdfLine> Order(List<PdfLine> lines, double pageWidth, ReadingOrderOptions? options = null)
    {
        var o = options ?? ReadingOrderOptions.Default;
        var narrow = lines.Where(l => l.Right - l.Left < pageWidth * o.NarrowShare).ToList();
        if (narrow.Count < (int)(lines.Count * o.MinNarrowShare) || narrow.Count < o.MinNarrowLines) return lines;
        // Only narrow lines find gutters, so a strip between a column's short lines and a few lines set right (a
        // dateline) looks like one: a gutter more lines cross (by a factor) than stand on either side is inside a column.
        bool Crosses(PdfLine l, double g) => l.Left < g - o.CrossingSlack && l.Right > g + o.CrossingSlack;
        var gutters = Gutters(narrow, pageWidth, o)
            .Where(g => lines.Count(l => Crosses(l, g)) <= o.MaxCrossingFactor * Math.Min(narrow.Count(l => l.Right <= g), narrow.Count(l => l.Left >= g)))
            .ToList();
        // A page whose text stands in its right half only (a figure or a table set sideways fills the left) is its right column.
        if (gutters.Count == 0)
            return lines.All(l => l.Left >= pageWidth / 2 - o.RightHalfSlack * l.Size) ? [.. lines.Select(l => l with { Column = 1 })] : lines;
        int ColumnOf(PdfLine l) => gutters.Count(g => (l.Left + l.Right) / 2 > g);
        bool Spans(PdfLine l) => gutters.Any(g => Crosses(l, g));

        // Spanning lines cut the page into bands; within a band, read column by column.
        var result = new List<PdfLine>();
        var band = new List<PdfLine>();
        void FlushBand()
        {
            result.AddRange(band.Select(l => l with { Column = ColumnOf(l) }).OrderBy(l => l.Column).ThenByDescending(l => l.Baseline));
            band.Clear();
        }
        foreach (var line in lines.OrderByDescending(l => l.Baseline))
        {
            if (Spans(line) && line.Right - line.Left > pageWidth * o.NarrowShare)
            {
                FlushBand();
                result.Add(line);
            }
            else band.Add(line);
        }
        FlushBand();
        return result;
    }

    /// <summary>x positions (almost) no narrow line crosses, between where lines are: a heading or two may cross a gutter.</summary>
    private static List<double> Gutters(List<PdfLine> lines, double pageWidth, ReadingOrderOptions o)
    {
        int allowed = Math.Max(1, lines.Count / Math.Max(1, o.LinesPerStrayCrossing));
        int width = (int)Math.Ceiling(pageWidth);
        var covered = new int[width + 1];
        foreach (var l in lines)
            for (int x = Math.Max(0, (int)l.Left); x <= Math.Min(width, (int)l.Right); x++) covered[x]++;
        // Text may stand outside the page's box (a crop box offset, a form laid out past the edge): look only inside it.
        int minX = Math.Clamp((int)lines.Min(l => l.Left), 0, width), maxX = Math.Clamp((int)lines.Max(l => l.Right), 0, width);
        var gutters = new List<double>();
        int start = -1;
        for (int x = minX; x <= maxX; x++)
        {
            if (covered[x] <= allowed && start < 0) start = x;
            if (covered[x] > allowed && start >= 0)
            {
                if (x - start >= o.MinGutterWidth) gutters.Add((start + x) / 2.0);
                start = -1;
            }
        }
        return gutters;
    }
}
