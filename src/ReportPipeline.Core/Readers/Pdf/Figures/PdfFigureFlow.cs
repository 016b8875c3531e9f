using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 6b (figures): the figure regions placed among the paragraphs in reading order, each with its caption, its
/// image stored once in the document's resources (keyed by its hash), and a warning for a figure that keeps no
/// picture (a drawing of paths, an image PdfPig cannot decode), naming the figure and its page.
/// </summary>
internal static class PdfFigureFlow
{
    public static (List<PdfFlowItem> Flow, ResourceStore Resources) Place(List<PdfFlowItem> flow, IReadOnlyList<PdfFigureRegion> regions,
        PdfFigureOptions options, List<Diagnostic> warnings)
    {
        if (regions.Count == 0) return (flow, ResourceStore.Empty);
        var items = new List<PdfFlowItem>(flow);
        foreach (var region in regions.OrderBy(r => r.Page).ThenByDescending(r => r.Box.Top))
            items.Insert(PositionOf(items, region), new FlowFigure(region, ValueList<FigureImage>.Empty));

        var resources = ResourceStore.Empty;
        int number = 0;
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not FlowFigure figure) continue;
            number++;
            int at = CaptionOf(items, i, options.CaptionReach);
            var caption = at >= 0 ? WithContinuation(items, at) : null;
            string name = caption is null ? $"figure {number} on page {figure.Page}" : $"figure {number} on page {figure.Page} (\"{Shorten(caption.Text)}\")";
            var images = new List<FigureImage>();
            foreach (var picture in figure.Region.Pictures)
            {
                var file = picture.Decode();
                if (file.Bytes is { } bytes && file.MediaType is { } type)
                {
                    resources = resources.Add(bytes, type, out var stored);
                    images.Add(new FigureImage(stored, "", SizeOf(picture.Box)));
                }
                else if (figure.Region.Pictures.Count == 1)
                    warnings.Add(Warning("pdf-image-undecodable", $"the picture of {name} could not be decoded ({file.Problem}); {Kept(caption)}", figure));
                else warnings.Add(Warning("pdf-image-undecodable", $"a picture of {name} could not be decoded ({file.Problem}); the figure keeps the others", figure));
            }
            if (figure.Region.Pictures.Count == 0)
                warnings.Add(Warning("pdf-figure-drawn", $"{name} is drawn with paths (a chart or a diagram), which are not rendered; {Kept(caption)}", figure));
            i = items.FindIndex(x => ReferenceEquals(x, figure)); // the caption's continuation may have left the flow before it
            var placed = figure with { Images = [.. images], Caption = caption };
            items[i] = placed;
            if (caption is not null)
            {
                items.RemoveAt(items.FindIndex(x => ReferenceEquals(x, caption)));
                i = items.FindIndex(x => ReferenceEquals(x, placed));
            }
        }
        return (items, resources);
    }

    /// <summary>Before the first paragraph of the figure's column that starts below the figure's top; else at the end of its page.</summary>
    private static int PositionOf(List<PdfFlowItem> items, PdfFigureRegion region)
    {
        var box = region.Box;
        var pageLines = items.OfType<PdfParagraph>().SelectMany(p => p.Lines ?? []).Where(l => l.Page == region.Page).ToList();
        int? column = pageLines.Where(l => l.Left < box.Right && l.Right > box.Left).GroupBy(l => l.Column)
            .OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstOrDefault();
        for (int i = 0; i < items.Count; i++)
        {
            bool below = items[i] switch
            {
                PdfParagraph { Lines: [var first, ..] } => first.Page == region.Page && (column is null || first.Column == column) && first.Baseline < box.Top,
                FlowTable t => t.Page == region.Page && t.Table.Top < box.Top,
                _ => false,
            };
            if (below || items[i].Page > region.Page) return i;
        }
        return items.Count;
    }

    /// <summary>The paragraph on the figure's page that opens like a figure's caption and stands just under it (else just over it).</summary>
    private static int CaptionOf(List<PdfFlowItem> items, int figureAt, double reach)
    {
        var box = ((FlowFigure)items[figureAt]).Region.Box;
        int page = items[figureAt].Page;
        int best = -1;
        double bestGap = double.MaxValue;
        for (int i = Math.Max(0, figureAt - 6); i < Math.Min(items.Count, figureAt + 7); i++)
        {
            if (items[i] is not PdfParagraph { Lines: [var first, ..] lines } p || first.Page != page || !ReportConventions.IsFigureCaption(p.Text)) continue;
            var last = lines[^1];
            if (lines.Max(l => l.Right) < box.Left || lines.Min(l => l.Left) > box.Right) continue;
            double below = box.Bottom - (first.Baseline + first.Size * 0.85);
            double above = last.Baseline - last.Size * 0.25 - box.Top;
            double gap = below >= -first.Size && below <= first.Size * reach ? below
                : above >= -last.Size && above <= last.Size * reach ? above + 0.5 : double.MaxValue; // below wins a tie
            if (gap < bestGap) (best, bestGap) = (i, gap);
        }
        return best;
    }

    /// <summary>
    /// The caption with the paragraphs that go on with it (a caption cut after its first line, "…over time, and" / "(b)
    /// definition…"): set in its size right under it while it has not ended its sentence. They leave the flow.
    /// </summary>
    private static PdfParagraph WithContinuation(List<PdfFlowItem> items, int at)
    {
        var caption = (PdfParagraph)items[at];
        while (at + 1 < items.Count && items[at + 1] is PdfParagraph { Lines: [var first, ..] } next && caption.Lines is [.., var last]
               && first.Page == last.Page && last.Baseline - first.Baseline is > 0 and var gap && gap <= last.Size * 1.8
               && Math.Abs(first.Size - last.Size) <= 0.6 && !Structure.Sentences.EndsSentence(caption.Text.TrimEnd()))
        {
            var lines = caption.Lines.Concat(next.Lines!).ToList();
            caption = caption with { Text = PdfLineJoiner.Join(lines, caption.Hyphenated), Lines = lines };
            items.RemoveAt(at + 1);
        }
        items[at] = caption;
        return caption;
    }

    /// <summary>The size a figure is shown at: its region in CSS pixels (96 a inch, 72 points a inch).</summary>
    private static ImageSize SizeOf(PageBox box) =>
        new((int)Math.Round((box.Right - box.Left) * 96 / 72), (int)Math.Round((box.Top - box.Bottom) * 96 / 72));

    private static string Kept(PdfParagraph? caption) =>
        caption is null ? "the figure keeps its place but no picture" : "the figure keeps its place and caption but no picture";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static Diagnostic Warning(string code, string message, FlowFigure figure) =>
        new(DiagnosticSeverity.Warning, code, message, SourceSpan.OnPage(figure.Page, figure.Region.Box));
}
