namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// The title a chart sets inside its own region (not a "图N" caption outside it): its labels at least
/// <see cref="PdfFigureOptions.TitleLabelRatio"/> times the size most of its labels have, standing over all the others,
/// one to <see cref="PdfFigureOptions.TitleMaxLines"/> lines. A figure without a caption takes it as its caption.
/// </summary>
internal static class ChartTitle
{
    public static IReadOnlyList<PdfTextRun> Of(IReadOnlyList<PdfTextRun> labels, PdfFigureOptions o)
    {
        if (labels.Count < 3 || o.TitleLabelRatio <= 0) return [];
        var sizes = labels.Select(l => l.Size).Order().ToList();
        double usual = sizes[sizes.Count / 2];
        var large = labels.Where(l => l.Size >= usual * o.TitleLabelRatio).OrderByDescending(l => l.Box.Top).ToList();
        if (large.Count == 0 || large.Count > o.TitleMaxLines || !large.Any(l => l.Text.Any(char.IsLetter))) return [];
        double lowest = large.Min(l => l.Box.Bottom);
        if (labels.Except(large).Any(l => l.Box.Top > lowest + l.Size * 0.3)) return [];
        for (int i = 1; i < large.Count; i++)
            if (large[i - 1].Box.Bottom - large[i].Box.Top > large[i].Size) return []; // lines apart: no one title
        return large;
    }

    /// <summary>The title as a caption paragraph of the figure's page.</summary>
    public static PdfParagraph? Caption(IReadOnlyList<PdfTextRun> title, int page)
    {
        if (title.Count == 0) return null;
        var lines = title.Select(r => new PdfLine(r.Text, r.Box.Left, r.Box.Right, r.Glyphs[0].Baseline, r.Size, r.Glyphs.All(g => g.Bold), page)).ToList();
        return new PdfParagraph(PdfLineJoiner.Join(lines), page, lines.All(l => l.Bold), lines);
    }
}
