using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Clusters of paths too few to be a drawing that stand within <see cref="PdfFigureOptions.PieceReach"/> of one (a
/// chart's legend keys, a bar cut off by a bar as thin as a ruling, a line chart's series drawn apart from the others)
/// are that drawing's; the drawing grows, so pieces join it one after another.
/// </summary>
internal static class DrawingPieces
{
    public static List<PdfDrawing> Join(List<PdfDrawing> parts, List<PdfDrawing> pieces, double reach)
    {
        var rest = new List<PdfDrawing>(pieces);
        for (bool joined = true; joined && rest.Count > 0 && parts.Count > 0;)
        {
            joined = false;
            foreach (var piece in rest.ToList())
            {
                int i = parts.FindIndex(p => Intersects(Grow(p.Box, reach), piece.Box));
                if (i < 0) continue;
                parts[i] = new PdfDrawing(parts[i].Box.Union(piece.Box), [.. parts[i].Shapes, .. piece.Shapes]);
                rest.Remove(piece);
                joined = true;
            }
        }
        return parts;
    }

    private static PageBox Grow(PageBox b, double d) => new(b.Left - d, b.Bottom - d, b.Right + d, b.Top + d);
    private static bool Intersects(PageBox a, PageBox b) => a.Left < b.Right && b.Left < a.Right && a.Bottom < b.Top && b.Bottom < a.Top;
}
