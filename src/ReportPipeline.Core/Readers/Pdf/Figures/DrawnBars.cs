using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// The bars of a bar chart drawn with straight filled rectangles, which carry no curve or slanted mark to tell them from
/// a table's shaded cells: at least <see cref="PdfFigureOptions.MinBars"/> filled rectangles of about one thickness
/// standing on one base line (their left, right, bottom or top edges in line), whose lengths away from it differ (at
/// least <see cref="PdfFigureOptions.MinBarLengths"/> lengths). A table's shaded cells standing on one edge are a column
/// or a row of the grid: one width, or one height.
/// </summary>
internal static class DrawnBars
{
    public static bool Found(IEnumerable<PdfShape> shapes, PdfFigureOptions o)
    {
        if (o.MinBars <= 0) return false;
        var bars = new List<PageBox>();
        foreach (var bar in shapes.SelectMany(s => s.Bars))
            if (!bars.Any(b => Same(b, bar, o.BarEdgeTolerance))) bars.Add(bar); // a bar filled and stroked is drawn twice
        if (bars.Count < o.MinBars) return false;
        // Horizontal bars grow from a left (or right) base line: their widths differ, their heights are alike.
        return Series(bars, b => b.Left, b => b.Right - b.Left, b => b.Top - b.Bottom, o)
               || Series(bars, b => b.Right, b => b.Right - b.Left, b => b.Top - b.Bottom, o)
               || Series(bars, b => b.Bottom, b => b.Top - b.Bottom, b => b.Right - b.Left, o)
               || Series(bars, b => b.Top, b => b.Top - b.Bottom, b => b.Right - b.Left, o);
    }

    private static bool Series(List<PageBox> bars, Func<PageBox, double> baseEdge, Func<PageBox, double> length, Func<PageBox, double> thickness,
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
            if (lengths >= o.MinBarLengths) return true;
        }
        return false;
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

    private static bool Same(PageBox a, PageBox b, double tolerance) =>
        Math.Abs(a.Left - b.Left) <= tolerance && Math.Abs(a.Right - b.Right) <= tolerance
        && Math.Abs(a.Bottom - b.Bottom) <= tolerance && Math.Abs(a.Top - b.Top) <= tolerance;
}
