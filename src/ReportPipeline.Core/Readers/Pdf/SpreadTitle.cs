namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// A section title set as a word spread across its line, letter by letter ("부      칙" over a bill's supplementary
/// provisions, "目    次"): a paragraph of one line holding two to eight CJK, Hangul or kana letters and nothing else,
/// whose letters stand on average at least <see cref="PdfParagraphOptions.SpreadTitleRatio"/> of their size apart. Spreading
/// a word so is display typography, as bold is; text set close never is.
/// </summary>
internal static class SpreadTitle
{
    public const int MaxLetters = 8;

    public static bool Is(PdfParagraph paragraph, double ratio)
    {
        if (paragraph.Lines is not [var line]) return false;
        string text = paragraph.Text.Trim();
        if (text.Length is < 2 or > MaxLetters || !text.All(PdfLineBuilder.IsDisplayLetter)) return false;
        return line.Right - line.Left >= ratio * line.Size * text.Length;
    }
}
