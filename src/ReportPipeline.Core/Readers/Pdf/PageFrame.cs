using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ReportPipeline.Readers.Pdf;

/// <summary>The direction text runs on a page, as a quarter turn counter-clockwise from left-to-right (0-3).</summary>
/// <param name="Turn">0: rightwards; 1: upwards; 2: leftwards (upside down); 3: downwards.</param>
internal sealed record PageFrame(int Turn, double PageWidth, double PageHeight)
{
    /// <summary>The page's width and height as read: a sideways page is read as a landscape one.</summary>
    public double Width => Turn % 2 == 0 ? PageWidth : PageHeight;

    public double Height => Turn % 2 == 0 ? PageHeight : PageWidth;

    /// <summary>
    /// Upright letters set in vertical columns (<see cref="VerticalFlow"/>): the page is read turned as text running
    /// downwards is, so each column is a line and the columns, right to left, follow one another down the turned page.
    /// </summary>
    public bool Vertical { get; init; }

    /// <summary>
    /// The direction most of the page's letters run in (ties go to the upright reading); an upright page whose CJK letters
    /// follow each other downwards (at least <paramref name="verticalShare"/> of them) is read in vertical columns.
    /// </summary>
    public static PageFrame Of(IReadOnlyList<Letter> letters, double width, double height, double verticalShare = 0)
    {
        var counts = new int[5];
        foreach (var l in letters)
            if (!string.IsNullOrWhiteSpace(l.Value)) counts[TurnOf(l)]++;
        int turn = 0;
        for (int t = 1; t < 4; t++)
            if (counts[t] > counts[turn]) turn = t;
        if (turn == 0 && VerticalFlow.Of([.. letters.Where(l => TurnOf(l) == 0).Select(l => new PlacedLetter(l.Value, l.StartBaseLine.X, l.StartBaseLine.Y, l.PointSize))], verticalShare))
            return new PageFrame(3, width, height) { Vertical = true };
        return new PageFrame(turn, width, height);
    }

    /// <summary>The quarter turn of a letter from its baseline's direction; 4 for a slanted one.</summary>
    private static int TurnOf(Letter l)
    {
        double dx = l.EndBaseLine.X - l.StartBaseLine.X, dy = l.EndBaseLine.Y - l.StartBaseLine.Y;
        if (Math.Abs(dx) < 1e-6 && Math.Abs(dy) < 1e-6)
            return l.TextOrientation switch
            {
                TextOrientation.Horizontal => 0, TextOrientation.Rotate90 => 1, TextOrientation.Rotate180 => 2,
                TextOrientation.Rotate270 => 3, _ => 4,
            };
        double angle = Math.Atan2(dy, dx) * 180 / Math.PI;
        double a = (angle + 360) % 360;
        for (int t = 0; t < 4; t++)
            if (Math.Abs(a - t * 90) < 2 || t == 0 && a > 358) return t;
        return 4;
    }

    public bool Reads(Letter l) => TurnOf(l) == (Vertical ? 0 : Turn);

    /// <summary>A point in the reading frame: x along the text, y up the page as the text stands.</summary>
    public (double X, double Y) Map(PdfPoint p) => Turn switch
    {
        1 => (p.Y, PageWidth - p.X),
        2 => (PageWidth - p.X, PageHeight - p.Y),
        3 => (PageHeight - p.Y, p.X),
        _ => (p.X, p.Y),
    };

    public PdfRule Map(PdfRectangle r)
    {
        var (x1, y1) = Map(new PdfPoint(r.Left, r.Bottom));
        var (x2, y2) = Map(new PdfPoint(r.Right, r.Top));
        return new PdfRule(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
    }
}
