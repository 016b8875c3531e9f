using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// The rulings of a frame drawn round a figure with its caption and notes (a chart in a box): the nearest horizontal
/// rulings over and under the figure and vertical ones left and right of it, each reaching across it, when the figure
/// fills at least <see cref="PdfFigureOptions.FrameShare"/> of the box they close. They leave the page with the figure,
/// so the frame is no one-cell table round the caption; the caption and notes inside it stay text.
/// </summary>
internal static class FigureFrame
{
    private const double Tolerance = 2;

    public static IEnumerable<PdfRule> Of(PageBox figure, IReadOnlyList<PdfRule> rules, PdfFigureOptions options)
    {
        if (options.FrameShare <= 0) return [];
        bool across(PdfRule r) => r.IsHorizontal && r.Left <= figure.Left + Tolerance && r.Right >= figure.Right - Tolerance;
        bool along(PdfRule r) => r.IsVertical && r.Bottom <= figure.Bottom + Tolerance && r.Top >= figure.Top - Tolerance;
        var top = rules.Where(r => across(r) && r.Bottom >= figure.Top - Tolerance).MinBy(r => r.Bottom);
        var bottom = rules.Where(r => across(r) && r.Top <= figure.Bottom + Tolerance).MaxBy(r => r.Top);
        var left = rules.Where(r => along(r) && r.Right <= figure.Left + Tolerance).MaxBy(r => r.Left);
        var right = rules.Where(r => along(r) && r.Left >= figure.Right - Tolerance).MinBy(r => r.Left);
        if (top is null || bottom is null || left is null || right is null) return [];
        var frame = new PageBox(left.Left, bottom.Bottom, right.Right, top.Top);
        if (Area(figure) < Area(frame) * options.FrameShare) return [];
        return rules.Where(r => r.IsHorizontal && (Near(r.Top, frame.Top) || Near(r.Bottom, frame.Bottom)) && r.Left >= frame.Left - Tolerance && r.Right <= frame.Right + Tolerance
                                || r.IsVertical && (Near(r.Left, frame.Left) || Near(r.Right, frame.Right)) && r.Bottom >= frame.Bottom - Tolerance && r.Top <= frame.Top + Tolerance);
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= Tolerance;
    private static double Area(PageBox b) => (b.Right - b.Left) * (b.Top - b.Bottom);
}
