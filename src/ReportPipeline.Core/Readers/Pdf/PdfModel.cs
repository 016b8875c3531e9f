namespace ReportPipeline.Readers.Pdf;

/// <summary>One glyph of a page, in points from the bottom-left corner.</summary>
/// <param name="Bold">From the font (name, weight, flags), a stroked rendering mode, or an overprint.</param>
/// <param name="Italic">From the font (name, flags): an italic or oblique face.</param>
/// <param name="Kai">Set in a 楷体 face (KaiTi, STKaiti, 华文楷体), which Chinese reports use as bold is used, for a lead phrase.</param>
/// <param name="Symbol">Drawn in a symbol or dingbat font (ZapfDingbats, Wingdings, WordPerfect's TypographicSymbols): its
/// character is a code of that font, not a letter or punctuation ("!" is a bullet).</param>
internal sealed record PdfGlyph(string Value, double Left, double Right, double Baseline, double Size, bool Bold, bool Italic = false, bool Kai = false, bool Symbol = false, bool FangSong = false);

/// <summary>
/// How one character of a line is set: its weight and slant, and whether it stands raised (a superscript). A space
/// marked <see cref="Separator"/> is a wide gap between two CJK words (names, keywords) that the page set on purpose:
/// it survives <see cref="PdfStyledText.WithoutStraySpaces"/>, which takes the flag off.
/// </summary>
[Flags]
internal enum PdfCharStyle { None = 0, Bold = 1, Italic = 2, Raised = 4, Separator = 8, Kai = 16, FangSong = 32 }

/// <summary>A ruling: a stroked line or a thin filled rectangle, horizontal or vertical.</summary>
internal sealed record PdfRule(double Left, double Bottom, double Right, double Top)
{
    public bool IsHorizontal => Top - Bottom < 2 && Right - Left > 4;
    public bool IsVertical => Right - Left < 2 && Top - Bottom > 4;
}

/// <summary>A page as the letter extractor reads it.</summary>
/// <param name="PlainText">The page's text as PdfPig extracts it: what is kept of a page whose layout stages fail.</param>
internal sealed record PdfPageContent(int Number, double Width, double Height, IReadOnlyList<PdfGlyph> Glyphs, IReadOnlyList<PdfRule> Rules,
    string? PlainText = null)
{
    /// <summary>The images drawn on the page (see <see cref="PdfPictureReader"/>).</summary>
    public IReadOnlyList<PdfPicture> Pictures { get; init; } = [];

    /// <summary>The paths drawn on the page that are no ruling (see <see cref="PdfPictureReader"/>).</summary>
    public IReadOnlyList<PdfShape> Shapes { get; init; } = [];
}

/// <summary>
/// A line of text on a page. Superscript digits (footnote markers) are already written as ¹²³, so the shared
/// structure recovery sees markers as it does in extracted text.
/// </summary>
/// <param name="Column">The column the line stands in (0 on a page without columns; <see cref="ReadingOrder.AcrossColumns"/> in a
/// band read across the columns of a page read in bands), set by the reading order.</param>
/// <param name="Styles">The style of each character of <paramref name="Text"/> (same length), where the line builder knows it.</param>
/// <param name="SpaceAtEnd">Whether a drawn space ends the line (the break falls between words); null where the row
/// draws no spaces at all, so nothing is known.</param>
internal sealed record PdfLine(string Text, double Left, double Right, double Baseline, double Size, bool Bold, int Page, int Column = 0,
    IReadOnlyList<PdfCharStyle>? Styles = null, bool? SpaceAtEnd = null)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

/// <summary>A table recovered from the rulings of a page: rows of cell texts, covered positions empty.</summary>
/// <param name="Cells">The cells with their grid positions, spans and lines, where the detector knows them.</param>
/// <param name="HeaderRows">How many rows are the header, where the detector knows it (a table of numbers may have none).</param>
internal sealed record PdfTable(IReadOnlyList<IReadOnlyList<string>> Rows, double Top, double Bottom, int Page,
    IReadOnlyList<PdfTableCell>? Cells = null, double Left = 0, double Right = 0, int? HeaderRows = null);

/// <summary>A cell of a <see cref="PdfTable"/>: where it starts in the grid, how far it spans, and its lines of text.</summary>
internal sealed record PdfTableCell(int Row, int Column, int RowSpan, int ColumnSpan, IReadOnlyList<PdfLine> Lines);
