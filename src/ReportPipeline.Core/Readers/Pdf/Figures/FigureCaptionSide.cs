using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Which paragraph is a figure's caption. A document keeps one side: most set captions under their figures, but a
/// statistical bulletin may set each over its chart, so a caption between two charts belongs to the lower one. The
/// side is learnt from the captions only one figure could take (within <see cref="PdfFigureOptions.CaptionReach"/> of
/// it on its page, or ending the page before a figure that opens the next); where the document sets captions over
/// its figures, a figure takes the caption over it first, and one opening its page may take the caption ending the
/// page before. Else the nearer caption is taken, the one under the figure on a tie.
/// </summary>
internal static class FigureCaptionSide
{
    /// <summary>Whether the document sets its captions over its figures: more captions only one figure could take stand over it than under it.</summary>
    public static bool Above(List<PdfFlowItem> items, double reach)
    {
        int over = 0, under = 0;
        for (int c = 0; c < items.Count; c++)
        {
            if (!IsCaption(items[c])) continue;
            var sides = new List<bool>();
            for (int f = Math.Max(0, c - 6); f < Math.Min(items.Count, c + 7); f++)
                if (items[f] is FlowFigure figure && Side((PdfParagraph)items[c], figure, reach) is { } side) sides.Add(side.Above);
            if (AcrossPageAbove(items, c)) sides.Add(true);
            if (sides.Count != 1) continue;
            if (sides[0]) over++;
            else under++;
        }
        return over > under;
    }

    /// <summary>The index of the figure's caption among the items, or -1.</summary>
    public static int Of(List<PdfFlowItem> items, int figureAt, double reach, bool above)
    {
        var figure = (FlowFigure)items[figureAt];
        int best = -1;
        double bestGap = double.MaxValue;
        for (int i = Math.Max(0, figureAt - 6); i < Math.Min(items.Count, figureAt + 7); i++)
        {
            if (!IsCaption(items[i]) || Side((PdfParagraph)items[i], figure, reach) is not { } side) continue;
            // The document's side wins; on the other side, below wins a tie.
            double gap = above ? side.Gap + (side.Above ? 0 : 1000) : side.Gap + (side.Above ? 0.5 : 0);
            if (gap < bestGap) (best, bestGap) = (i, gap);
        }
        if (above && (best < 0 || bestGap >= 1000) && figureAt > 0 && AcrossPageAbove(items, figureAt - 1)) return figureAt - 1;
        return best;
    }

    /// <summary>The caption's gap to the figure and whether it stands over it, when it stands within reach on the figure's page.</summary>
    private static (double Gap, bool Above)? Side(PdfParagraph caption, FlowFigure figure, double reach)
    {
        var box = figure.Region.Box;
        if (caption.Lines is not [var first, ..] lines || first.Page != figure.Page) return null;
        var last = lines[^1];
        if (lines.Max(l => l.Right) < box.Left || lines.Min(l => l.Left) > box.Right) return null;
        double below = box.Bottom - (first.Baseline + first.Size * 0.85);
        double above = last.Baseline - last.Size * 0.25 - box.Top;
        if (below >= -first.Size && below <= first.Size * reach) return (below, false);
        if (above >= -last.Size && above <= last.Size * reach) return (above, true);
        return null;
    }

    /// <summary>A caption ending its page right before a figure that opens the next page (nothing of that page before it).</summary>
    private static bool AcrossPageAbove(List<PdfFlowItem> items, int captionAt) =>
        IsCaption(items[captionAt]) && captionAt + 1 < items.Count && items[captionAt + 1] is FlowFigure figure
        && figure.Page == items[captionAt].Page + 1;

    private static bool IsCaption(PdfFlowItem item) =>
        item is PdfParagraph { Lines: [_, ..] } p && ReportConventions.IsFigureCaption(p.Text);
}
