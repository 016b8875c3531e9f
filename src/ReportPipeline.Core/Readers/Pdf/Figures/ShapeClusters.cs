using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>Paths clustered by nearness: two paths this many points apart or closer are in one cluster.</summary>
internal static class ShapeClusters
{
    public static List<List<PdfShape>> Of(IReadOnlyList<PdfShape> shapes, double gap)
    {
        var parent = Enumerable.Range(0, shapes.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var order = Enumerable.Range(0, shapes.Count).OrderBy(i => shapes[i].Box.Left).ToList();
        // Sweep by left edge: a shape is compared only with shapes starting before its right edge plus the gap.
        for (int a = 0; a < order.Count; a++)
        {
            var boxA = Grow(shapes[order[a]].Box, gap / 2);
            for (int b = a + 1; b < order.Count && shapes[order[b]].Box.Left - gap / 2 <= boxA.Right; b++)
                if (Intersects(boxA, Grow(shapes[order[b]].Box, gap / 2))) parent[Find(order[a])] = Find(order[b]);
        }
        return [.. Enumerable.Range(0, shapes.Count).GroupBy(Find).Select(g => g.Select(i => shapes[i]).ToList())];
    }

    private static PageBox Grow(PageBox b, double d) => new(b.Left - d, b.Bottom - d, b.Right + d, b.Top + d);
    private static bool Intersects(PageBox a, PageBox b) => a.Left <= b.Right && b.Left <= a.Right && a.Bottom <= b.Top && b.Bottom <= a.Top;
}
