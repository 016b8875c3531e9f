using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// The bars of a bar chart drawn with straight filled rectangles, which carry no curve or slanted mark to tell them from
/// a table's shaded cells: at least <see cref="PdfFigureOptions.MinBars"/> filled rectangles of about one thickness
/// standing on one base line (their left, right, bottom or top edges in line), whose lengths away from it differ (at
/// least <see cref="PdfFigureOptions.MinBarLengths"/> lengths, and as many as <see cref="PdfFigureOptions.BarLengthShare"/>
/// of the bars: a chart's values seldom repeat). A table's shaded cells standing on one edge are a column or a row of the
/// grid, or end at its few column lines: one width or one height, or a few widths over many cells.
/// </summary>
internal static class DrawnBars
{
    public static bool Found(IEnumerable<PdfShape> shapes, PdfFigureOptions o) => Series(shapes, o).Any();

    /// <summary>The boxes round each series of bars the shapes draw.</summary>
    public static IEnumerable<PageBox> Series(IEnumerable<PdfShape> shapes, PdfFigureOptions o)
    {
        if (o.MinBars <= 0) return [];
        // A bar filled and stroked is drawn twice: the same box (to the tolerance) counts once.
        var seen = new HashSet<(long, long, long, long)>();
        double step = Math.Max(o.BarEdgeTolerance, 0.01);
        var bars = shapes.SelectMany(s => s.Bars)
            .Where(b => seen.Add(((long)Math.Round(b.Left / step), (long)Math.Round(b.Bottom / step), (long)Math.Round(b.Right / step), (long)Math.Round(b.Top / step))))
            .ToList();
        if (bars.Count < o.MinBars) return [];
        // Horizontal bars grow from a left (or right) base line: their widths differ, their heights are alike.
        return [.. Series(bars, b => b.Left, b => b.Right - b.Left, b => b.Top - b.Bottom, o),
            .. Series(bars, b => b.Right, b => b.Right - b.Left, b => b.Top - b.Bottom, o),
            .. Series(bars, b => b.Bottom, b => b.Top - b.Bottom, b => b.Right - b.Left, o),
            .. Series(bars, b => b.Top, b => b.Top - b.Bottom, b => b.Right - b.Left, o)];
    }

    private static IEnumerable<PageBox> Series(List<PageBox> bars, Func<PageBox, double> baseEdge, Func<PageBox, double> length, Func<PageBox, double> thickness,
        PdfFigureOptions o)
    {
        foreach (var line in Lines(bars, baseEdge, o.BarEdgeTolerance))
        {
            if (line.Count < o.MinBars) continue;
            var thick = line.Select(thickness).Order().ToList();
            double median = thick[thick.Count / 2];
            var series = line.Where(b => Math.Abs(thickness(b) - median) <= median * o.BarThicknessSpread).ToList();
            if (series.Count < o.MinBars) continue;
            int lengths = 1;
            double last = double.NaN;
            foreach (var l in series.Select(length).Order())
            {
                if (!double.IsNaN(last) && l - last > o.BarEdgeTolerance * 2) lengths++;
                last = l;
            }
            if (lengths >= Math.Max(o.MinBarLengths, series.Count * o.BarLengthShare)) yield return series.Aggregate((a, b) => a.Union(b));
        }
    }

    /// <summary>The bars in groups whose base edges follow each other within the tolerance.</summary>
    private static IEnumerable<List<PageBox>> Lines(List<PageBox> bars, Func<PageBox, double> baseEdge, double tolerance)
    {
        var line = new List<PageBox>();
        foreach (var bar in bars.OrderBy(baseEdge))
        {
            if (line.Count > 0 && baseEdge(bar) - baseEdge(line[^1]) > tolerance)
            {
                yield return line;
                line = [];
            }
            line.Add(bar);
        }
        if (line.Count > 0) yield return line;
    }
}
