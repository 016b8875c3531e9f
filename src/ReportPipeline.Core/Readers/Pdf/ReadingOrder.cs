namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 7: reading order on a page. Lines are read top to bottom; on a page set in columns (narrow lines with an
/// empty vertical strip between them), column by column from the left, with lines spanning the columns (titles)
/// read where they stand. Narrow text standing only in the right half of a page is that page's right column.
/// </summary>
internal static class ReadingOrder
{
    /// <summary>The column of a line in a band read across the columns under or over it (a title block over two columns).</summary>
    public const int AcrossColumns = -1;

    public static List<PdfLine> Order(List<PdfLine> lines, double pageWidth, ReadingOrderOptions? options = null)
    {
        var o = options ?? ReadingOrderOptions.Default;
        var ordered = InColumns(lines, pageWidth, o);
        if (ordered is not null) return ordered;
        // A page whose text stands in its right half only (a figure or a table set sideways fills the left) is its right column.
        if (lines.All(l => l.Left >= pageWidth / 2 - o.RightHalfSlack * l.Size)) return [.. lines.Select(l => l with { Column = 1 })];
        // No gutter runs down the whole page: a title block centred over the columns (its lines narrow too) may stand in
        // it. Cut at rows left empty across the page, each band finds its own columns.
        var bands = Bands(lines, o);
        if (bands.Count < 2) return lines;
        var read = bands.Select(b => InColumns(b, pageWidth, o)).ToList();
        // A band read across (the title block) is no column's: its lines say so, so that the columns' edges are their own.
        return read.All(b => b is null) ? lines : [.. read.SelectMany((b, i) => b ?? bands[i].Select(l => l with { Column = AcrossColumns }))];
    }

    /// <summary>The page cut where no line stands across a height of <see cref="ReadingOrderOptions.BandGap"/> font sizes.</summary>
    private static List<List<PdfLine>> Bands(List<PdfLine> lines, ReadingOrderOptions o)
    {
        var bands = new List<List<PdfLine>>();
        PdfLine? above = null;
        foreach (var line in lines.OrderByDescending(l => l.Baseline))
        {
            if (above is null || above.Baseline - line.Baseline > o.BandGap * Math.Max(above.Size, line.Size)) bands.Add([]);
            bands[^1].Add(line);
            above = line;
        }
        return bands;
    }

    /// <summary>The page's lines read column by column, or null where no gutter is found.</summary>
    private static List<PdfLine>? InColumns(List<PdfLine> lines, double pageWidth, ReadingOrderOptions o)
    {
        var narrow = lines.Where(l => l.Right - l.Left < pageWidth * o.NarrowShare).ToList();
        if (narrow.Count < (int)(lines.Count * o.MinNarrowShare) || narrow.Count < o.MinNarrowLines) return null;
        // Only narrow lines find gutters, so a strip between a column's short lines and a few lines set right (a
        // dateline) looks like one: a gutter more lines cross (by a factor) than stand on either side is inside a column.
        bool Crosses(PdfLine l, double g) => l.Left < g - o.CrossingSlack && l.Right > g + o.CrossingSlack;
        var gutters = Gutters(narrow, pageWidth, o)
            .Where(g => lines.Count(l => Crosses(l, g)) <= o.MaxCrossingFactor * Math.Min(narrow.Count(l => l.Right <= g), narrow.Count(l => l.Left >= g)))
            .ToList();
        if (gutters.Count == 0) return null;
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
