using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Figures of one page set close together with nothing but their labels between them are one figure of several
/// pictures under one caption (photographs in a grid, the parts of a diagram, a chart's panels): two figures join,
/// nearest first, when they stand within <see cref="PdfFigureOptions.GroupGap"/> body sizes of each other (a gap over
/// <see cref="PdfFigureOptions.GroupFreeGap"/> body sizes only with a label set in it: else it is a gutter), the box
/// round both holds no body text, no caption and no text larger than the body's (a heading), and one caption, no more,
/// stands under or over that box, centred within its width (a picture's box may reach past its column, over the next
/// column's caption). Pictures side by side with no caption, such as two QR codes each with its own label, stay apart.
/// Short runs beside a joined figure that stand in no block of text (the "(a)", "(b)" under a grid's pictures) are its
/// labels.
/// </summary>
internal static class FigureGroups
{
    public static List<PdfFigureRegion> Group(List<PdfFigureRegion> figures, List<PdfTextRun> runs, HashSet<PdfTextRun> taken,
        double bodySize, PdfFigureOptions options)
    {
        if (figures.Count < 2 || options.GroupGap <= 0) return figures;
        var groups = figures.Select(f => new List<PdfFigureRegion> { f }).ToList();
        double reach = options.GroupGap * bodySize;
        while (true)
        {
            var pairs = new List<(int A, int B, double Gap)>();
            for (int a = 0; a < groups.Count; a++)
                for (int b = a + 1; b < groups.Count; b++)
                    if (Gap(BoxOf(groups[a]), BoxOf(groups[b])) is var gap && gap <= reach) pairs.Add((a, b, gap));
            var join = pairs.OrderBy(p => p.Gap).Cast<(int A, int B, double Gap)?>().FirstOrDefault(p =>
                (p!.Value.Gap <= bodySize * options.GroupFreeGap || LabelsBetween(BoxOf(groups[p.Value.A]), BoxOf(groups[p.Value.B]), runs, options))
                && MayJoin(BoxOf(groups[p.Value.A]).Union(BoxOf(groups[p.Value.B])), runs, taken, bodySize, options));
            if (join is not { } j) break;
            groups[j.A].AddRange(groups[j.B]);
            groups.RemoveAt(j.B);
        }
        return [.. groups.Select(g => g.Count == 1 ? g[0] : Joined(g, runs, taken, options))];
    }

    /// <summary>The box round two figures holds nothing of the body, and one caption stands by it.</summary>
    private static bool MayJoin(PageBox union, List<PdfTextRun> runs, HashSet<PdfTextRun> taken, double bodySize, PdfFigureOptions o)
    {
        int captions = 0;
        foreach (var run in runs)
        {
            if (taken.Contains(run)) continue;
            bool inside = Intersects(union, run.Box);
            if (FigureRegionDetector.IsCaption(run))
            {
                if (inside) return false;
                bool beside = run.CenterX >= union.Left && run.CenterX <= union.Right
                              && (union.Bottom - run.Box.Top is >= 0 and var below && below <= run.Size * o.CaptionReach
                                  || run.Box.Bottom - union.Top is >= 0 and var above && above <= run.Size * o.CaptionReach);
                if (beside && ++captions > 1) return false;
                continue;
            }
            if (inside && (FigureRegionDetector.IsBodyText(run, o) || run.Size > bodySize * 1.15)) return false;
        }
        return captions == 1;
    }

    /// <summary>
    /// The stretch between two boxes standing one over the other (or side by side) holds a label: a short run that is no
    /// caption, as the labels set between a diagram's parts. An empty stretch wider than the free gap is a gutter.
    /// </summary>
    private static bool LabelsBetween(PageBox a, PageBox b, List<PdfTextRun> runs, PdfFigureOptions o)
    {
        PageBox band;
        if (Math.Min(a.Right, b.Right) > Math.Max(a.Left, b.Left))
            band = new(Math.Max(a.Left, b.Left), Math.Min(a.Top, b.Top), Math.Min(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom));
        else if (Math.Min(a.Top, b.Top) > Math.Max(a.Bottom, b.Bottom))
            band = new(Math.Min(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom), Math.Max(a.Left, b.Left), Math.Min(a.Top, b.Top));
        else return false;
        return runs.Any(r => Intersects(band, r.Box) && !FigureRegionDetector.IsCaption(r) && !FigureRegionDetector.IsBodyText(r, o));
    }

    /// <summary>The figures as one: the box round them with the short runs inside it and beside it, the pictures in reading order.</summary>
    private static PdfFigureRegion Joined(List<PdfFigureRegion> group, List<PdfTextRun> runs, HashSet<PdfTextRun> taken, PdfFigureOptions o)
    {
        var box = BoxOf(group);
        var region = box;
        foreach (var run in runs.Where(r => !taken.Contains(r) && !FigureRegionDetector.IsCaption(r) && !FigureRegionDetector.IsBodyText(r, o)).ToList())
            if (Inside(box, run.CenterX, run.CenterY) || IsLabelBeside(run, box, runs, o))
            {
                taken.Add(run);
                region = region.Union(run.Box);
            }
        return new PdfFigureRegion(group[0].Page, region, InReadingOrder(group.SelectMany(f => f.Pictures)))
        {
            Title = group.Select(f => f.Title).FirstOrDefault(t => t.Count > 0) ?? [],
        };
    }

    /// <summary>A short run just under or beside the box, with no longer text standing next to it (no paragraph's line).</summary>
    private static bool IsLabelBeside(PdfTextRun run, PageBox box, List<PdfTextRun> runs, PdfFigureOptions o)
    {
        var grown = new PageBox(box.Left - run.Size * o.LabelReach, box.Bottom - run.Size * o.LabelReach, box.Right + run.Size * o.LabelReach, box.Top + run.Size * o.LabelReach);
        if (!Intersects(grown, run.Box)) return false;
        return !runs.Any(other => !ReferenceEquals(other, run) && FigureRegionDetector.IsBodyText(other, o)
                                  && Math.Abs(other.Box.Bottom - run.Box.Bottom) < run.Size * 2.2 && other.Box.Left < run.Box.Right + run.Size * 2
                                  && other.Box.Right > run.Box.Left - run.Size * 2);
    }

    /// <summary>Pictures row by row from the top (a row: pictures whose heights overlap by half), each row left to right.</summary>
    internal static List<PdfPicture> InReadingOrder(IEnumerable<PdfPicture> pictures)
    {
        var rows = new List<List<PdfPicture>>();
        foreach (var picture in pictures.OrderByDescending(p => p.Box.Top))
        {
            var row = rows.FirstOrDefault(r => r.Any(q => Overlap(q.Box, picture.Box) >= 0.5 * Math.Min(q.Box.Top - q.Box.Bottom, picture.Box.Top - picture.Box.Bottom)));
            if (row is null) rows.Add([picture]);
            else row.Add(picture);
        }
        return [.. rows.SelectMany(r => r.OrderBy(p => p.Box.Left))];
    }

    private static double Overlap(PageBox a, PageBox b) => Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);

    private static PageBox BoxOf(List<PdfFigureRegion> group) => group.Select(f => f.Box).Aggregate((a, b) => a.Union(b));

    /// <summary>How far apart two boxes stand (0 when they touch or overlap).</summary>
    private static double Gap(PageBox a, PageBox b) =>
        Math.Max(Math.Max(a.Left - b.Right, b.Left - a.Right), Math.Max(a.Bottom - b.Top, b.Bottom - a.Top)) is var d && d > 0 ? d : 0;

    private static bool Inside(PageBox b, double x, double y) => x >= b.Left && x <= b.Right && y >= b.Bottom && y <= b.Top;
    private static bool Intersects(PageBox a, PageBox b) => a.Left <= b.Right && b.Left <= a.Right && a.Bottom <= b.Top && b.Bottom <= a.Top;
}
