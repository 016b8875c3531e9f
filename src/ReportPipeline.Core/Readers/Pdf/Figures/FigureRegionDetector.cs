using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 2 (figures): the figure regions of each page, and the page without what stands in them. A region is a
/// picture big enough to be one (not an icon, not a letterhead in the page's margin band, not a logo repeated on
/// several pages), or a drawing of paths with enough curved or slanted segments (a chart, a diagram) or with the bars
/// of a bar chart (<see cref="DrawnBars"/>). Short text
/// inside a region or right beside it (axis labels, tick numbers, legends) is the figure's, and leaves the page text
/// with the rulings inside the region, so no chart label reaches the body and no chart is read as a table. A region
/// holding several runs of body-length text is a text box or a page background: it stays text.
/// </summary>
internal static class FigureRegionDetector
{
    /// <summary>
    /// The page's figure candidates, whatever the rest of the document holds: a page without any comes out of
    /// <see cref="Detect"/> as it went in, so it can be read on before the document's facts are known.
    /// </summary>
    public static PageFigureCandidates Candidates(PdfPageContent page, PdfFigureOptions options) =>
        new(SizedPictures(page, options), [.. DrawingRegions(page, options)]);

    /// <summary>The figures of one page, judged with the whole document's facts, from its candidates when they were found already.</summary>
    public static (PdfPageContent Page, List<PdfFigureRegion> Figures) Detect(PdfPageContent page, PdfFigureOptions options, FigureDocumentFacts facts,
        PageFigureCandidates? found = null) =>
        Detect(page, found ?? Candidates(page, options), options, facts.Repeated, facts.BodySize, facts.Largest);

    /// <param name="bodySize">The size of the document's body text (0: the page's own).</param>
    /// <param name="largest">The size of the document's largest text (0: the page's own).</param>
    private static (PdfPageContent Page, List<PdfFigureRegion> Figures) Detect(PdfPageContent page, PageFigureCandidates found, PdfFigureOptions options,
        IReadOnlySet<string> repeated, double bodySize, double largest)
    {
        if (found.Pictures.Count == 0 && found.Drawings.Count == 0) return (page, []);
        var runs = PdfTextRun.Of(page.Glyphs);
        // A drawing chaining several charts over the sentences set between them is cut at those sentences.
        // A drawing still holding a text box's body text is no figure; the pictures on it are judged on their own.
        var drawings = found.Drawings.SelectMany(d => DrawingSentenceCut.Cut(d, runs, found.Pictures, r => IsBodyText(r, options), options))
            .SelectMany(d => DrawingCaptionCut.Cut(d, runs, options)) // charts side by side, each over its own caption
            .Where(d => runs.Count(r => Contains(d.Box, r.CenterX, r.CenterY) && IsBodyText(r, options)) < options.MaxTextRuns);
        var candidates = PictureRegions(found.Pictures, repeated).Concat(drawings.Select(d => new Candidate(d.Box, [], true))).ToList();
        candidates = MergeOverlapping(candidates);
        if (candidates.Count == 0) return (page, []);

        if (largest <= 0) largest = page.Glyphs.Select(g => g.Size).DefaultIfEmpty(0).Max();
        if (bodySize <= 0) bodySize = page.Glyphs.Count == 0 ? 0 : page.Glyphs.GroupBy(g => Math.Round(g.Size)).MaxBy(g => g.Count())!.Key;
        if (page.Number == 1 && TitleTop(page, runs, bodySize, largest, options) is { } titleTop)
        {
            // A small picture standing wholly above the first page's title is a masthead's or a cover's logo, no figure.
            candidates.RemoveAll(c => !c.Drawn && c.Box.Bottom >= titleTop && Area(c.Box) <= page.Width * page.Height * options.LogoMaxShare);
            if (candidates.Count == 0) return (page, []);
        }
        // A small picture standing over all the page's text, with no caption under it, is a letterhead's logo on any page.
        if (runs.Count > 0 && runs.Max(r => r.Box.Top) is var textTop)
        {
            candidates.RemoveAll(c => !c.Drawn && c.Box.Bottom >= textTop && Area(c.Box) <= page.Width * page.Height * options.LogoMaxShare
                                      && !runs.Any(r => IsCaption(r) && c.Box.Bottom - r.Box.Top is var gap && gap >= -r.Size && gap <= r.Size * options.CaptionReach));
            if (candidates.Count == 0) return (page, []);
        }
        var taken = new HashSet<PdfTextRun>(ReferenceEqualityComparer.Instance);
        var captions = CaptionLines.Of(runs);
        var figures = new List<PdfFigureRegion>();
        foreach (var (candidateBox, pictures, drawn) in candidates.OrderByDescending(c => c.Box.Top).ThenBy(c => c.Box.Left))
        {
            var box = drawn ? WithoutCaptions(candidateBox, runs) : candidateBox;
            var inside = runs.Where(r => Contains(box, r.CenterX, r.CenterY)).ToList();
            if (inside.Count(r => IsBodyText(r, options)) >= options.MaxTextRuns) continue; // a text box, a background
            var region = box;
            // A sentence inside the region (text set between charts) stays in the body; a chart's label is no sentence.
            var labels = new List<PdfTextRun>(inside.Where(r => !captions.Contains(r) && !IsSentence(r, options)));
            // Labels beside a drawing (tick numbers left of an axis, an axis title under the tick numbers), found twice
            // over; a picture's labels are inside it (text beside a picture is more often text flowing round it).
            for (int pass = 0; pass < 2 && drawn; pass++)
            {
                var near = runs.Where(r => !taken.Contains(r) && !labels.Contains(r) && !captions.Contains(r) && IsLabel(r, region, runs, options)).ToList();
                if (near.Count == 0) break;
                labels.AddRange(near);
                region = near.Aggregate(region, (b, r) => b.Union(r.Box));
            }
            if (pictures.Count == 0 && labels.Count < options.MinDrawingLabels) continue; // a drawing without words: an ornament, a logo
            // A drawing holding the document's largest text (well above its body text) is a title block or a cover.
            if (pictures.Count == 0 && largest > bodySize * options.TitleSizeRatio && labels.Any(r => r.Size >= largest - 0.5)) continue;
            foreach (var label in labels) taken.Add(label);
            figures.Add(new PdfFigureRegion(page.Number, region, pictures) { Title = ChartTitle.Of(labels, options) });
        }
        if (figures.Count == 0) return (page, []);
        figures = FigureGroups.Group(figures, runs, taken, bodySize, options);
        var glyphs = new HashSet<PdfGlyph>(taken.SelectMany(r => r.Glyphs), ReferenceEqualityComparer.Instance);
        var framing = new HashSet<PdfRule>(figures.SelectMany(f => FigureFrame.Of(f.Box, page.Rules, options)), ReferenceEqualityComparer.Instance);
        var rules = page.Rules.Where(r => !framing.Contains(r) && !figures.Any(f => Contains(Grow(f.Box, 2), r))).ToList();
        return (page with { Glyphs = page.Glyphs.Where(g => !glyphs.Contains(g)).ToList(), Rules = rules }, figures);
    }

    /// <summary>
    /// A drawing's box without the caption a frame drawn round it holds: the box ends under a caption standing in its
    /// top quarter and over one in its bottom quarter, so the caption stays a paragraph over or under the figure.
    /// </summary>
    private static PageBox WithoutCaptions(PageBox box, List<PdfTextRun> runs)
    {
        double quarter = (box.Top - box.Bottom) / 4;
        foreach (var caption in runs.Where(r => IsCaption(r) && Contains(box, r.CenterX, r.CenterY)))
        {
            if (caption.CenterY >= box.Top - quarter) box = box with { Top = caption.Box.Bottom - 1 };
            else if (caption.CenterY <= box.Bottom + quarter) box = box with { Bottom = caption.Box.Top + 1 };
        }
        return box;
    }

    /// <summary>
    /// The top of the page's title: its text at the document's largest size, when that is a title's size (over
    /// <see cref="PdfFigureOptions.TitleSizeRatio"/> times the body's) and stands in the upper half of the page.
    /// </summary>
    private static double? TitleTop(PdfPageContent page, List<PdfTextRun> runs, double bodySize, double largest, PdfFigureOptions options)
    {
        if (largest <= bodySize * options.TitleSizeRatio) return null;
        var title = runs.Where(r => r.Size >= largest - 0.5).ToList();
        return title.Count > 0 && title.Max(r => r.Box.Top) is var top && top >= page.Height / 2 ? top : null;
    }

    /// <summary>Pictures big enough to be figures, outside the margin bands.</summary>
    private static List<PdfPicture> SizedPictures(PdfPageContent page, PdfFigureOptions o)
    {
        double band = page.Height * o.MarginShare;
        return page.Pictures.Where(p => p.Box.Right - p.Box.Left >= o.MinPictureSide && p.Box.Top - p.Box.Bottom >= o.MinPictureSide
                                        && p.Box.Bottom < page.Height - band && p.Box.Top > band).ToList();
    }

    /// <summary>Of those, the pictures not repeated on pages (a logo, an ornament) and not inside a bigger picture.</summary>
    private static IEnumerable<Candidate> PictureRegions(List<PdfPicture> sized, IReadOnlySet<string> repeated)
    {
        var kept = sized.Where(p => !repeated.Contains(p.Fingerprint)).ToList();
        return kept.Where(p => !kept.Any(q => !ReferenceEquals(p, q) && Area(q.Box) > Area(p.Box) && Contains(Grow(q.Box, 1), p.Box)))
            .Select(p => new Candidate(p.Box, [p], false));
    }

    /// <summary>
    /// Paths clustered by nearness; a cluster with enough curved or slanted segments (or a bar chart's bars), with the
    /// smaller clusters of curved or slanted segments within reach of it (<see cref="DrawingPieces"/>), big enough, is a drawn figure.
    /// </summary>
    private static IEnumerable<PdfDrawing> DrawingRegions(PdfPageContent page, PdfFigureOptions o)
    {
        var shapes = page.Shapes.Where(s => Area(s.Box) < page.Width * page.Height * 0.9).ToList(); // not the page's background
        // The bars of a chart may stand further apart than paths of one drawing: each series joins them as one more shape.
        var series = DrawnBars.Series(shapes, o).Select(b => new PdfShape(b, 0)).ToList();
        if (shapes.Sum(s => s.Marks) < o.MinMarks && series.Count == 0) yield break;
        shapes.AddRange(series);
        var parts = new List<PdfDrawing>();
        var pieces = new List<PdfDrawing>();
        foreach (var cluster in ShapeClusters.Of(shapes, o.ClusterGap))
        {
            int marks = cluster.Sum(s => s.Marks);
            var drawing = new PdfDrawing(cluster.Select(s => s.Box).Aggregate((x, y) => x.Union(y)), cluster);
            if (marks >= o.MinMarks || DrawnBars.Found(cluster, o)) parts.Add(drawing);
            else if (marks > 0) pieces.Add(drawing); // a line chart's series drawn apart from the rest, a legend's key
        }
        foreach (var part in DrawingPieces.Join(parts, pieces, o.PieceReach))
        {
            var box = part.Box;
            // The rulings of the drawing (axes, grid lines) are part of it: those touching it, or touching one of them
            // (a grid line over the tallest bar), not much longer than it.
            var reach = new PageBox(box.Left - (box.Right - box.Left) / 2, box.Bottom - (box.Top - box.Bottom) / 2,
                box.Right + (box.Right - box.Left) / 2, box.Top + (box.Top - box.Bottom) / 2);
            var rules = page.Rules.Where(r => Contains(reach, r)).ToList();
            for (int taken = -1; taken != rules.Count;)
            {
                taken = rules.Count;
                var grown = Grow(box, o.ClusterGap);
                box = rules.Where(r => Intersects(grown, Box(r))).Aggregate(box, (x, r) => x.Union(Box(r)));
                rules.RemoveAll(r => Intersects(grown, Box(r)));
            }
            if (box.Right - box.Left < o.MinDrawingSide || box.Top - box.Bottom < o.MinDrawingSide / 2) continue;
            yield return part with { Box = box };
        }
    }

    /// <summary>
    /// A drawing and what overlaps it are one figure, keeping every picture it holds (a chart of paths whose bars are
    /// pictures); pictures overlapping each other stay apart here (<see cref="FigureGroups"/> judges them).
    /// </summary>
    private static List<Candidate> MergeOverlapping(List<Candidate> regions)
    {
        var result = new List<Candidate>();
        foreach (var region in regions.OrderByDescending(r => r.Drawn))
        {
            int i = result.FindIndex(r => Intersects(r.Box, region.Box) && (r.Drawn || region.Drawn));
            if (i < 0) { result.Add(region); continue; }
            result[i] = new Candidate(result[i].Box.Union(region.Box), [.. result[i].Pictures, .. region.Pictures], true);
        }
        return result;
    }

    /// <summary>A region that may be a figure: a picture, or a drawing with the pictures set on it.</summary>
    private sealed record Candidate(PageBox Box, List<PdfPicture> Pictures, bool Drawn);

    /// <summary>
    /// A short run (not a caption) touching the region grown by its reach, not standing in a block of body text (a
    /// paragraph's last line right under a long line, a heading right over one).
    /// </summary>
    private static bool IsLabel(PdfTextRun run, PageBox region, List<PdfTextRun> runs, PdfFigureOptions o)
    {
        if (IsBodyText(run, o) || IsCaption(run)) return false;
        if (!Intersects(Grow(region, run.Size * o.LabelReach), run.Box)) return false;
        if (Contains(region, run.CenterX, run.CenterY)) return true;
        return !runs.Any(other => other.Text.Length > o.LabelMaxChars && Math.Abs(other.Box.Left - run.Box.Left) < run.Size * 2
                                   && Math.Abs(other.Box.Bottom - run.Box.Bottom) < run.Size * 2.2 && !ReferenceEquals(other, run));
    }

    /// <summary>Text of at least <see cref="PdfFigureOptions.SentenceMinChars"/> holding a CJK comma or sentence stop: a sentence of the body, never a figure's label.</summary>
    internal static bool IsSentence(PdfTextRun run, PdfFigureOptions o) =>
        run.Text.Length >= o.SentenceMinChars && run.Text.AsSpan().IndexOfAny(ReportConventions.HeadingBreakers + "，") >= 0;

    /// <summary>Text of the body, never a figure's label: longer than <see cref="PdfFigureOptions.LabelMaxChars"/>, or a sentence.</summary>
    internal static bool IsBodyText(PdfTextRun run, PdfFigureOptions o) => run.Text.Length > o.LabelMaxChars || IsSentence(run, o);

    internal static bool IsCaption(PdfTextRun run) => ReportConventions.IsFigureCaption(run.Text) || ReportConventions.IsTableCaption(run.Text);

    private static PageBox Box(PdfRule r) => new(r.Left, r.Bottom, r.Right, r.Top);
    private static double Area(PageBox b) => (b.Right - b.Left) * (b.Top - b.Bottom);
    private static PageBox Grow(PageBox b, double d) => new(b.Left - d, b.Bottom - d, b.Right + d, b.Top + d);
    private static bool Contains(PageBox b, double x, double y) => x >= b.Left && x <= b.Right && y >= b.Bottom && y <= b.Top;
    private static bool Contains(PageBox outer, PageBox inner) => inner.Left >= outer.Left && inner.Right <= outer.Right && inner.Bottom >= outer.Bottom && inner.Top <= outer.Top;
    private static bool Contains(PageBox outer, PdfRule r) => r.Left >= outer.Left && r.Right <= outer.Right && r.Bottom >= outer.Bottom && r.Top <= outer.Top;
    private static bool Intersects(PageBox a, PageBox b) => a.Left <= b.Right && b.Left <= a.Right && a.Bottom <= b.Top && b.Bottom <= a.Top;
}
