namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of the figure stage (<see cref="FigureRegionDetector"/>).</summary>
/// <param name="MinPictureSide">A picture narrower or lower than this many points is an icon or a bullet, not a figure.</param>
/// <param name="MarginShare">A picture standing wholly within this share of the page's height from its top or bottom is a
/// letterhead or a logo, not a figure.</param>
/// <param name="MinMarks">A drawing is a figure (a chart, a diagram) when it has at least this many curved or slanted
/// segments; tables and boxes are drawn with straight rulings.</param>
/// <param name="MinDrawingSide">A drawing narrower or lower than this many points is an ornament, not a figure.</param>
/// <param name="ClusterGap">Paths this many points apart or closer belong to one drawing.</param>
/// <param name="LabelReach">Short text standing within this many of its font sizes of a figure is one of its labels
/// (axis labels, tick numbers, legends).</param>
/// <param name="LabelMaxChars">Text runs longer than this are body text unless they stand wholly inside the figure.</param>
/// <param name="MinDrawingLabels">A drawing holding fewer runs of text than this is an ornament (a logo), not a figure.</param>
/// <param name="TitleSizeRatio">A drawing holding the document's largest text, when that is larger than its body text by this
/// ratio, is a title block or a cover.</param>
/// <param name="CaptionReach">A caption ("图1 …", "Figure 2. …") stands within this many of its font sizes under (or over) its figure.</param>
/// <param name="LogoMaxShare">A picture on the first page standing wholly above its title, or on any page wholly above all
/// its text with no caption under it, and covering no more than this share of the page is a masthead's, a cover's or a
/// letterhead's logo, not a figure.</param>
/// <param name="MaxTextRuns">A region holding this many runs of body-length text is a text box or a page background,
/// not a figure: its text is kept.</param>
internal sealed record PdfFigureOptions(double MinPictureSide = 28, double MarginShare = 0.08, int MinMarks = 12,
    double MinDrawingSide = 60, double ClusterGap = 10, double LabelReach = 1.5, int LabelMaxChars = 40, int MaxTextRuns = 3,
    double CaptionReach = 3, int MinDrawingLabels = 2, double TitleSizeRatio = 1.5,
    double LogoMaxShare = 0.05)
{
    public static readonly PdfFigureOptions Default = new();

    /// <summary>
    /// Text at least this many characters long holding a CJK comma or sentence stop (，。；！？) is a sentence of the body
    /// even inside a figure's region (sentences set between two charts), never one of its labels.
    /// </summary>
    public int SentenceMinChars { get; init; } = 8;

    /// <summary>
    /// Figures of one page standing within this many body-text sizes of each other, with nothing but their labels
    /// between them and at most one caption by them, are one figure of several pictures (<see cref="FigureGroups"/>);
    /// 0 keeps every picture a figure of its own.
    /// </summary>
    public double GroupGap { get; init; } = 4;

    /// <summary>
    /// Figures this many body-text sizes apart or closer may join with nothing between them (a grid of photographs);
    /// further apart, the stretch between them must hold one of their labels (a gap as wide as a column gutter is one).
    /// </summary>
    public double GroupFreeGap { get; init; } = 1;

    /// <summary>
    /// A drawing with this many filled rectangles of one thickness on one base line, of <see cref="MinBarLengths"/>
    /// lengths or more, is a bar chart even without a curve (<see cref="DrawnBars"/>); 0 finds no chart by its bars.
    /// </summary>
    public int MinBars { get; init; } = 4;

    /// <summary>
    /// A chart's labels at least this many times the size most of its labels have, standing over all the others, are
    /// its title (<see cref="ChartTitle"/>), its caption when none stands by it; 0 takes no title.
    /// </summary>
    public double TitleLabelRatio { get; init; } = 1.25;

    /// <summary>A chart's title set inside its region has at most this many lines.</summary>
    public int TitleMaxLines { get; init; } = 3;

    /// <summary>
    /// Paths too few to be a drawing standing this many points from a drawing cut out of a bigger one (a chart's legend
    /// keys, bars cut off by a bar as thin as a ruling) are that drawing's (<see cref="DrawingSentenceCut"/>).
    /// </summary>
    public double PieceReach { get; init; } = 20;

    /// <summary>
    /// A ruled box round a figure that the figure fills to at least this share is the figure's frame (<see cref="FigureFrame"/>):
    /// its rulings go with the figure; 0 keeps every frame.
    /// </summary>
    public double FrameShare { get; init; } = 0.5;

    /// <summary>The bars on one base line of a bar chart have at least this many lengths (a table's shaded cells on one edge have one).</summary>
    public int MinBarLengths { get; init; } = 3;

    /// <summary>The bars on one base line of a bar chart have as many lengths as this share of them (a table's cells end at a few column lines).</summary>
    public double BarLengthShare { get; init; } = 0.5;

    /// <summary>Bar edges this many points apart or closer are in line; lengths differing by twice this are different lengths.</summary>
    public double BarEdgeTolerance { get; init; } = 0.75;

    /// <summary>The bars of one series are as thick as their median thickness, give or take this share of it.</summary>
    public double BarThicknessSpread { get; init; } = 0.25;

    /// <summary>
    /// Glyphs of the pages that may hold a figure kept in memory until the whole document's facts are known (about 150 MB
    /// at the default); such pages beyond them are read a second time instead (<see cref="PdfPageFlow"/>).
    /// </summary>
    public long HeldGlyphs { get; init; } = 1_000_000;
}
