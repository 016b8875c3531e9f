namespace ReportPipeline.Writers.Docx;

/// <summary>
/// Paper, margins and the document grid, in twips (1/20 pt; 1 mm ≈ 56.69 twips). A line grid (w:docGrid type
/// "lines") fixes how many lines a page holds (<see cref="LinePitch"/>); characters are set a little closer
/// (<see cref="CharacterSpacing"/>) so that <see cref="CharsPerLine"/> fit a line. A character grid ("linesAndChars"
/// with w:charSpace) would say the same to Word, but LibreOffice spreads a negative w:charSpace over the line and
/// sets 18 characters where Word sets 28, so the spacing is carried by the text instead, which both read alike.
/// </summary>
internal sealed record DocxPage(int Width, int Height, int Top, int Bottom, int Left, int Right, int Header, int Footer,
    int LinesPerPage = 0, int CharsPerLine = 0, int BodyHalfPoints = 24)
{
    public int TextWidth => Width - Left - Right;

    public int TextHeight => Height - Top - Bottom;

    public bool HasGrid => LinesPerPage > 0;

    /// <summary>The line pitch that fits <see cref="LinesPerPage"/> lines into the text height, rounded down so they all fit.</summary>
    public int LinePitch => HasGrid ? TextHeight / LinesPerPage : 0;

    /// <summary>
    /// How much closer than its size each character of body type is set so <see cref="CharsPerLine"/> fit the text
    /// width: width / chars − font size, in twips (w:spacing of a run), rounded down so a full line still fits;
    /// 0 when the line holds them anyway.
    /// </summary>
    public int CharacterSpacing => CharsPerLine <= 0 ? 0 : Math.Min(0, TextWidth / CharsPerLine - BodyHalfPoints * 10);

    /// <summary>
    /// A4 with the margins of GB/T 9704-2012 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm): a text area of
    /// 156 × 225 mm holding 22 lines of 28 characters of 三号 (16 pt) type.
    /// </summary>
    public static readonly DocxPage Gongwen = new(Width: 11906, Height: 16838, Top: 2098, Bottom: 1984, Left: 1588, Right: 1474,
        Header: 851, Footer: 1247, LinesPerPage: 22, CharsPerLine: 28, BodyHalfPoints: 32);

    /// <summary>A4 with one-inch margins, without a grid: the English house style.</summary>
    public static readonly DocxPage Plain = new(Width: 11906, Height: 16838, Top: 1440, Bottom: 1440, Left: 1440, Right: 1440,
        Header: 709, Footer: 709);
}
