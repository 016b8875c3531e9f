using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// The runs of a page's captions ("Figure 2. …", "图1 …", "Table 3 …"): the run opening with the label, the runs on its
/// line after it (a title set apart by a gap or a rule, "Figure SA4. | Number of …"), and the lines under it that go on
/// with it: at about the size its line ends in (within <see cref="SizeTolerance"/> points), their top within <see cref="LineGap"/> sizes of
/// its bottom, set under it flush left, hanging (starting in its left half) or centred. A caption's second line is short, as a chart's label is, but it is never one.
/// </summary>
internal static class CaptionLines
{
    private const double SizeTolerance = 0.6;
    private const double LineGap = 0.8;

    public static HashSet<PdfTextRun> Of(List<PdfTextRun> runs)
    {
        var set = new HashSet<PdfTextRun>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<PdfTextRun>();
        foreach (var caption in runs.Where(FigureRegionDetector.IsCaption))
            foreach (var run in runs.Where(r => ReferenceEquals(r, caption) || OnLineAfter(r, caption)))
                if (set.Add(run)) queue.Enqueue(run);
        while (queue.Count > 0)
        {
            var above = queue.Dequeue();
            foreach (var run in runs.Where(r => !set.Contains(r) && Under(r, above)))
            {
                set.Add(run);
                queue.Enqueue(run);
            }
        }
        return set;
    }

    private static bool OnLineAfter(PdfTextRun run, PdfTextRun caption) =>
        run.Box.Left >= caption.Box.Right && Math.Abs(run.Box.Bottom - caption.Box.Bottom) <= caption.Size * 0.3
        && Math.Abs(run.Size - caption.Size) <= SizeTolerance * 2;

    private static bool Under(PdfTextRun run, PdfTextRun above) =>
        Math.Abs(run.Size - above.Glyphs[^1].Size) <= SizeTolerance && above.Box.Bottom - run.Box.Top is var gap && gap >= -run.Size * 0.3 && gap <= run.Size * LineGap
        && (Math.Abs(run.Box.Left - above.Box.Left) <= run.Size || run.Box.Left > above.Box.Left && run.Box.Left < above.CenterX
            || Math.Abs(run.CenterX - above.CenterX) <= run.Size);
}
