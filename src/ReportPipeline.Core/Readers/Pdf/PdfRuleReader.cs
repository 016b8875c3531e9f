using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 1 (rulings): the horizontal and vertical rulings a page draws. A path that is itself a thin line or a thin
/// filled bar is one ruling; a stroked path that is more (a box drawn round each cell of a table, a grid drawn in one
/// path) gives the sides of its boxes and its single straight segments; drawings (curves, polylines) give none.
/// </summary>
internal static class PdfRuleReader
{
    public static List<PdfRule> Rules(IEnumerable<PdfPath> paths, PageFrame frame)
    {
        var rules = new List<PdfRule>();
        foreach (var path in paths)
        {
            if (path.IsClipping || !path.IsStroked && !path.IsFilled || path.GetBoundingRectangle() is not { } bounds) continue;
            var whole = frame.Map(bounds);
            if (whole.IsHorizontal || whole.IsVertical) { rules.Add(whole); continue; }
            if (!path.IsStroked) continue; // a filled area (a shaded cell, a chart's bar) draws no ruling
            foreach (var subpath in path) rules.AddRange(Strokes(subpath, frame));
        }
        return rules;
    }

    /// <summary>
    /// The strokes of a subpath that is a ruling or a box: one straight segment along an axis, or a rectangle (its four
    /// sides). A subpath with curves or a polyline of many points is a drawing (a part's outline, a thread), no ruling.
    /// </summary>
    public static IEnumerable<PdfRule> Strokes(PdfSubpath subpath, PageFrame frame)
    {
        PdfPoint? start = null, at = null;
        var sides = new List<PdfRule>();
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = at = move.Location;
                    break;
                case PdfSubpath.Line line:
                    if (Axial(frame, line.From, line.To) is not { } rule) return [];
                    sides.Add(rule);
                    start ??= line.From;
                    at = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && at is { } a:
                    if (Axial(frame, a, s) is { } closing) sides.Add(closing);
                    at = s;
                    break;
                case PdfSubpath.BezierCurve:
                    return [];
            }
        }
        return sides.Count is 1 or 4 ? sides : [];
    }

    private static PdfRule? Axial(PageFrame frame, PdfPoint from, PdfPoint to)
    {
        var (x1, y1) = frame.Map(from);
        var (x2, y2) = frame.Map(to);
        var rule = new PdfRule(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
        return rule.IsHorizontal || rule.IsVertical ? rule : null;
    }
}
