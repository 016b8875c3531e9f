using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// A drawn region holding as much body text as a text box (<see cref="PdfFigureOptions.MaxTextRuns"/> runs: the
/// sentences set between two charts, whose backgrounds chain the charts' paths into one cluster) is cut at that text
/// rather than given up: the paths behind or round the body text leave it, the rest is clustered again, and each
/// cluster with enough curved or slanted segments (<see cref="PdfFigureOptions.MinMarks"/>), holding a picture (a
/// chart whose bars are pictures) or drawing a bar chart's bars (<see cref="DrawnBars"/>), big enough, is a drawing of its own,
/// with the smaller clusters standing within reach of it (<see cref="DrawingPieces"/>). A frame round a text box overlaps its text and
/// leaves with it, so a text box still gives no drawing. A region with less body text is left whole.
/// </summary>
internal static class DrawingSentenceCut
{
    public static IEnumerable<PdfDrawing> Cut(PdfDrawing drawing, List<PdfTextRun> runs, IReadOnlyList<PdfPicture> pictures,
        Func<PdfTextRun, bool> isBodyText, PdfFigureOptions options)
    {
        var text = runs.Where(r => Inside(drawing.Box, r.CenterX, r.CenterY) && isBodyText(r)).Select(r => r.Box).ToList();
        if (text.Count < options.MaxTextRuns) return [drawing];
        var kept = drawing.Shapes.Where(s => !text.Any(t => Intersects(s.Box, t))).ToList();
        var parts = new List<PdfDrawing>();
        var rest = new List<PdfDrawing>();
        foreach (var cluster in ShapeClusters.Of(kept, options.ClusterGap))
        {
            var box = cluster.Select(s => s.Box).Aggregate((a, b) => a.Union(b));
            bool holdsPicture = pictures.Any(p => Inside(box, (p.Box.Left + p.Box.Right) / 2, (p.Box.Bottom + p.Box.Top) / 2));
            if ((box.Right - box.Left < options.MinDrawingSide || box.Top - box.Bottom < options.MinDrawingSide / 2)
                || cluster.Sum(s => s.Marks) < options.MinMarks && !holdsPicture && !DrawnBars.Found(cluster, options))
                rest.Add(new PdfDrawing(box, cluster));
            else parts.Add(new PdfDrawing(box, cluster));
        }
        return DrawingPieces.Join(parts, rest, options.PieceReach);
    }

    private static bool Inside(PageBox b, double x, double y) => x >= b.Left && x <= b.Right && y >= b.Bottom && y <= b.Top;
    private static bool Intersects(PageBox a, PageBox b) => a.Left < b.Right && b.Left < a.Right && a.Bottom < b.Top && b.Bottom < a.Top;
}
