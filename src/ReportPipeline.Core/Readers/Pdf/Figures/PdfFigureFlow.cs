using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 6b (figures): the figure regions placed among the paragraphs in reading order, each with its caption, its
/// image stored once in the document's resources (keyed by its hash), and a warning for a figure that keeps no
/// picture (a drawing of paths, an image PdfPig cannot decode), naming the figure and its page.
/// </summary>
internal static partial class PdfFigureFlow
{
    /// <summary>A figure's label and nothing else: "Figure 2.", "Fig. 3:", "图1".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*\p{L}+\.?\s*[0-9０-９一二三四五六七八九十]+(?:[-.．][0-9０-９]+)*[.:：]?\s*$")]
    private static partial System.Text.RegularExpressions.Regex BareLabel();

    public static (List<PdfFlowItem> Flow, ResourceStore Resources) Place(List<PdfFlowItem> flow, IReadOnlyList<PdfFigureRegion> regions,
        PdfFigureOptions options, List<Diagnostic> warnings)
    {
        if (regions.Count == 0) return (flow, ResourceStore.Empty);
        var items = new List<PdfFlowItem>(flow);
        foreach (var region in regions.OrderBy(r => r.Page).ThenByDescending(r => r.Box.Top))
            items.Insert(PositionOf(items, region), new FlowFigure(region, ValueList<FigureImage>.Empty));

        var resources = ResourceStore.Empty;
        bool above = FigureCaptionSide.Above(items, options.CaptionReach);
        int number = 0;
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not FlowFigure figure) continue;
            number++;
            int at = FigureCaptionSide.Of(items, i, options.CaptionReach, above);
            var caption = at >= 0 ? WithContinuation(items, at) : null;
            // A title set inside the figure is no paragraph of the flow: the caption when there is none, else the title
            // of a caption that is its label alone ("Figure 2." over a frame whose title is inside it).
            bool titled = false;
            if (ChartTitle.Caption(figure.Region.Title, figure.Page) is { } title)
            {
                if (caption is null) (caption, titled) = (title, true);
                else if (BareLabel().IsMatch(caption.Text))
                {
                    var lines = caption.Lines!.Concat(title.Lines!).ToList();
                    var joined = caption with { Text = PdfLineJoiner.Join(lines, caption.Hyphenated), Lines = lines };
                    items[items.FindIndex(x => ReferenceEquals(x, caption))] = joined;
                    caption = joined;
                }
            }
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
            if (caption is not null && !titled)
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

    /// <summary>
    /// The caption with the paragraphs that go on with it (a caption cut after its first line, "…over time, and" / "(b)
    /// definition…"): set in its size right under it while it has not ended its sentence, and the title under a caption
    /// that is its label alone. They leave the flow.
    /// </summary>
    private static PdfParagraph WithContinuation(List<PdfFlowItem> items, int at)
    {
        var caption = (PdfParagraph)items[at];
        // A caption that is its label alone ("Figure 2.") goes on with the title set under it, whatever its size.
        bool bare = BareLabel().IsMatch(caption.Text);
        while (at + 1 < items.Count && items[at + 1] is PdfParagraph { Lines: [var first, ..] } next && caption.Lines is [.., var last]
               && first.Page == last.Page && last.Baseline - first.Baseline is > 0 and var gap && gap <= Math.Max(last.Size, first.Size) * 1.8
               && (bare || Math.Abs(first.Size - last.Size) <= 0.6 && !Structure.Sentences.EndsSentence(caption.Text.TrimEnd())))
        {
            bare = false;
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
