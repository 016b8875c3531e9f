namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 7: reading order on a page. Lines are read top to bottom; on a page set in columns (narrow lines with an
/// empty vertical strip between them), column by column from the left, with lines spanning the columns (titles)
/// read where they stand. Narrow text standing only in the right half of a page is that page's right column.
/// </summary>
internal static class ReadingOrder
{
    public static List<PdfLine> Order(List<PdfLine> lines, double pageWidth)
    {
        var narrow = lines.Where(l => l.Right - l.Left < pageWidth * 0.45).ToList();
        if (narrow.Count < lines.Count / 2 || narrow.Count < 10) return lines;
        // Only narrow lines find gutters, so a strip between a column's short lines and a few lines set right (a
        // dateline) looks like one: a gutter more than twice as many lines cross as stand on either side is inside a column.
        var gutters = Gutters(narrow, pageWidth)
            .Where(g => lines.Count(l => l.Left < g - 2 && l.Right > g + 2) <= 2 * Math.Min(narrow.Count(l => l.Right <= g), narrow.Count(l => l.Left >= g)))
            .ToList();
        // A page whose text stands in its right half only (a figure or a table set sideways fills the left) is its right column.
        if (gutters.Count == 0)
            return lines.All(l => l.Left >= pageWidth / 2 - l.Size) ? [.. lines.Select(l => l with { Column = 1 })] : lines;
        int ColumnOf(PdfLine l) => gutters.Count(g => (l.Left + l.Right) / 2 > g);
        bool Spans(PdfLine l) => gutters.Any(g => l.Left < g - 2 && l.Right > g + 2);

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
            if (Spans(line) && line.Right - line.Left > pageWidth * 0.45)
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
    private static List<double> Gutters(List<PdfLine> lines, double pageWidth)
    {
        int allowed = Math.Max(1, lines.Count / 30);
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
                if (x - start >= 6) gutters.Add((start + x) / 2.0);
                start = -1;
            }
        }
        return gutters;
    }
}
