namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of <see cref="ReadingOrder"/>: when a page is set in columns and where its gutters are.</summary>
/// <param name="NarrowShare">A line narrower than this share of the page's width may stand in a column; one at least this
/// wide that crosses a gutter spans the columns (a title) and cuts the page into bands.</param>
/// <param name="MinNarrowLines">A page needs at least this many narrow lines to be read in columns.</param>
/// <param name="MinNarrowShare">… and at least this share of its lines narrow.</param>
/// <param name="LinesPerStrayCrossing">A gutter may be crossed by one narrow line per this many (a heading or two), at least one.</param>
/// <param name="MinGutterWidth">Points: the narrowest empty strip that is a gutter.</param>
/// <param name="CrossingSlack">Points: a line crosses a gutter when it reaches this far past it on both sides.</param>
/// <param name="MaxCrossingFactor">A gutter crossed by more than this many times as many lines as stand on its less-filled
/// side is a strip inside a column (between a column's short lines and a dateline set right), not a gutter.</param>
/// <param name="RightHalfSlack">Font sizes: text starting no further than this left of the page's middle still stands in
/// its right half (a page whose text stands only there is its right column).</param>
/// <param name="CloseGutterGap">Font sizes: a gap between two glyphs of a row this wide or wider may be a gutter between
/// columns set close (<see cref="CloseGutters"/>); narrower gaps are word spaces.</param>
/// <param name="CloseGutterRun">Font sizes: the text on each side of such a gap is at least this long (a number label set
/// apart from its text is no column).</param>
/// <param name="CloseGutterRows">A close gutter is found on at least this many rows …</param>
/// <param name="CloseGutterAlign">Points: … whose text after the gap starts within this distance of each other (the next
/// column's left edge) …</param>
/// <param name="CloseGutterCrossing">… and crossed by ink on at most this share as many rows of its stretch of the page
/// (a heading over both columns), where chance alignments inside a column have most rows running through them.</param>
/// <param name="BandGap">Font sizes: where no gutter runs down the whole page, the page is cut where no line stands
/// across this height (under a title block centred over the columns), and each band looks for its own columns.</param>
internal sealed record ReadingOrderOptions(
    double NarrowShare = 0.45, int MinNarrowLines = 10, double MinNarrowShare = 0.5, int LinesPerStrayCrossing = 30,
    double MinGutterWidth = 6, double CrossingSlack = 2, double MaxCrossingFactor = 2, double RightHalfSlack = 1,
    double CloseGutterGap = 0.6, double CloseGutterRun = 4, int CloseGutterRows = 5, double CloseGutterAlign = 1, double CloseGutterCrossing = 0.25,
    double BandGap = 3)
{
    public static readonly ReadingOrderOptions Default = new();
}
