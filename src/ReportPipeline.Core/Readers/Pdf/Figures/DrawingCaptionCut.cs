using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Charts set side by side, each in its own frame a point or two from the next, cluster as one drawing; their captions
/// tell them apart. A drawing with two figure captions or more side by side under it (else over it), within
/// <see cref="PdfFigureOptions.CaptionReach"/> of it and centred within its width, is cut between each two captions
/// where no path crosses (the widest such stretch), into one drawing a caption. Where a path crosses the whole stretch
/// (a background behind both), the drawing stays whole.
/// </summary>
internal static class DrawingCaptionCut
{
    public static IEnumerable<PdfDrawing> Cut(PdfDrawing drawing, List<PdfTextRun> runs, PdfFigureOptions options)
    {
        var box = drawing.Box;
        bool centred(PdfTextRun r) => ReportConventions.IsFigureCaption(r.Text) && r.CenterX > box.Left && r.CenterX < box.Right;
        var under = runs.Where(r => centred(r) && Within(box.Bottom - r.Box.Top, r.Size, options)).OrderBy(r => r.Box.Left).ToList();
        var over = runs.Where(r => centred(r) && Within(r.Box.Bottom - box.Top, r.Size, options)).OrderBy(r => r.Box.Left).ToList();
        // The captions under the drawing, else those over it (a row of charts has its captions under it and the row above's over it).
        var captions = SideBySide(under) ? under : SideBySide(over) ? over : null;
        if (captions is null) return [drawing];
        var spans = drawing.Shapes.Select(s => (s.Box.Left, s.Box.Right)).OrderBy(s => s.Left).ToList();
        var cuts = new List<(double From, double To)>();
        for (int i = 1; i < captions.Count; i++)
        {
            if (Free(spans, captions[i - 1].CenterX, captions[i].CenterX).Cast<(double From, double To)?>().MaxBy(g => g!.Value.To - g.Value.From) is not { } gap)
                return [drawing];
            cuts.Add(gap);
        }
        var parts = new List<PdfDrawing>();
        double left = box.Left;
        foreach (var (from, to) in cuts.Append((box.Right, box.Right)))
        {
            parts.Add(new PdfDrawing(box with { Left = left, Right = from },
                [.. drawing.Shapes.Where(s => (s.Box.Left + s.Box.Right) / 2 >= left && (s.Box.Left + s.Box.Right) / 2 <= from)]));
            left = to;
        }
        return parts;
    }

    /// <summary>Two captions or more, none overlapping the next across.</summary>
    private static bool SideBySide(List<PdfTextRun> captions) =>
        captions.Count >= 2 && captions.Zip(captions.Skip(1)).All(p => p.Second.Box.Left >= p.First.Box.Right);

    /// <summary>The stretches between <paramref name="from"/> and <paramref name="to"/> that no span covers.</summary>
    private static IEnumerable<(double From, double To)> Free(List<(double Left, double Right)> spans, double from, double to)
    {
        double reach = from;
        foreach (var (left, right) in spans)
        {
            if (left >= to) break;
            if (left > reach) yield return (reach, left);
            reach = Math.Max(reach, right);
        }
        if (reach < to) yield return (reach, to);
    }

    private static bool Within(double gap, double size, PdfFigureOptions o) => gap >= -size && gap <= size * o.CaptionReach;
}
