using System.Globalization;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// A glyph's character as the page shows it where the font's own mapping says otherwise. Chinese typesetting systems
/// (Founder's among them) map the full-width comma, full stop, colon and brackets they draw to the ASCII characters, so
/// the text reads "提出意见." and "(一)" where the page shows "提出意见。" and "（一）"; the glyph's advance, a full em,
/// tells the full-width form. The same fonts map a decimal point to a private-use character ("76\U001001B01%").
/// </summary>
internal static class PdfGlyphForms
{
    private const string Ascii = ",:;!?()", Wide = "，：；！？（）";

    /// <summary>
    /// The character of glyph <paramref name="g"/> between its neighbours on the line: ASCII punctuation beside a Han
    /// character and drawn at least <paramref name="fullWidthAdvance"/> of its size wide is the full-width form ("." "。" after a letter, never after a
    /// figure); a private-use character between two figures is their decimal point.
    /// </summary>
    public static string Of(string value, PdfGlyph g, PdfGlyph? previous, PdfGlyph? next, double fullWidthAdvance)
    {
        // A point after a figure is a decimal point or a numbering's ("5.4", "1."), however wide its cell is set.
        bool wide = g.Right - g.Left >= g.Size * fullWidthAdvance && (IsHan(previous) || IsHan(next));
        if (wide && value.Length == 1 && Ascii.Contains(value[0])) return Wide[Ascii.IndexOf(value[0])].ToString();
        if (wide && value == "." && previous is not null && !EndsWithDigit(previous) && previous.Value != " ") return "。";
        if (IsPrivateUse(value) && EndsWithDigit(previous) && next is not null && next.Value.Length > 0 && char.IsDigit(next.Value[0]))
            return ".";
        return value;
    }

    /// <summary>Chinese text beside the mark (Korean and Japanese set Latin punctuation of their own widths).</summary>
    private static bool IsHan(PdfGlyph? g) => g is not null && g.Value.Length > 0 && (Structure.CjkText.IsHan(g.Value[0]) || Structure.CjkText.IsHan(g.Value[^1]));

    private static bool EndsWithDigit(PdfGlyph? g) => g is not null && g.Value.Length > 0 && char.IsDigit(g.Value[^1]);

    /// <summary>One character of a private-use area (the BMP's, or planes 15–16 as a surrogate pair).</summary>
    public static bool IsPrivateUse(string value) =>
        value.Length == 1 ? CharUnicodeInfo.GetUnicodeCategory(value[0]) == UnicodeCategory.PrivateUse
        : value.Length == 2 && char.IsSurrogatePair(value[0], value[1]) && char.ConvertToUtf32(value[0], value[1]) >= 0xF0000;
}
