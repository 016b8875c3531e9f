using System.Globalization;
using System.Text;

namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of <see cref="PdfGlyphCleaner"/>.</summary>
/// <param name="OverprintShare">A glyph drawn again within this share of its width (and of its size vertically) from
/// the same glyph is an overprint (fake bold), not a second letter: a real double letter stands a whole advance away.</param>
/// <param name="ExpandLigatures">Write the Latin ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ as their letters, so that "flow" is found.</param>
/// <param name="LigatureWidthRatio">A letter drawn at least this many times as wide as the same letter elsewhere in its font
/// and size may be a ligature its font names by the last letter only ("fi" read "i"); 0 turns the check off.</param>
/// <param name="LigatureWidthFit">Such a letter is the ligature when its width is within this share of its letters' widths together.</param>
/// <param name="VerticalFlowShare">A page whose CJK letters follow each other downwards at least this share of the time is set
/// in vertical columns and read so (<see cref="VerticalFlow"/>); 0 reads every page as set in rows.</param>
/// <param name="InvisibleTextShare">Text drawn invisible (render mode 3) is read on a page where it is at least this
/// share of the page's letters (a scanned page's OCR layer); where less, it is a hidden mark and left out
/// (<see cref="HiddenGlyphs"/>); 0 reads all invisible text.</param>
internal sealed record PdfGlyphOptions(double OverprintShare = 0.35, bool ExpandLigatures = true, double LigatureWidthRatio = 1.4,
    double LigatureWidthFit = 0.12, double VerticalFlowShare = 0.8, double InvisibleTextShare = 0.5)
{
    public static readonly PdfGlyphOptions Default = new();
}

/// <summary>
/// Stage 1b: the glyphs as a reader means them. Control and other non-printing characters are dropped; Latin
/// ligatures are expanded (only the presentation forms U+FB00–FB06: full-width digits and CJK punctuation stay as
/// drawn, since the report conventions read them); a glyph drawn two to four times at nearly the same place is kept
/// once and marked bold, as the overprint was meant to look.
/// </summary>
internal static class PdfGlyphCleaner
{
    public static List<PdfGlyph> Clean(IReadOnlyList<PdfGlyph> glyphs, PdfGlyphOptions options)
    {
        var kept = new List<PdfGlyph>(glyphs.Count);
        // Glyphs already kept, by value and 2-point band of their baseline: an overprint is looked for only among them.
        var near = new Dictionary<(string, int), List<int>>();
        foreach (var raw in glyphs)
        {
            string value = Printable(raw.Value, options);
            if (value.Length == 0) continue;
            var g = value == raw.Value ? raw : raw with { Value = value };
            if (value != " " && FindOverprinted(g, kept, near, options) is int index)
            {
                kept[index] = kept[index] with { Bold = true };
                continue;
            }
            int band = (int)Math.Floor(g.Baseline / 2);
            if (!near.TryGetValue((value, band), out var list)) near[(value, band)] = list = [];
            list.Add(kept.Count);
            kept.Add(g);
        }
        return kept;
    }

    private static int? FindOverprinted(PdfGlyph g, List<PdfGlyph> kept, Dictionary<(string, int), List<int>> near, PdfGlyphOptions options)
    {
        double width = Math.Max(g.Right - g.Left, g.Size * 0.2);
        int band = (int)Math.Floor(g.Baseline / 2);
        for (int b = band - 1; b <= band + 1; b++)
        {
            if (!near.TryGetValue((g.Value, b), out var list)) continue;
            foreach (int i in list)
            {
                var o = kept[i];
                if (Math.Abs(o.Left - g.Left) <= width * options.OverprintShare && Math.Abs(o.Baseline - g.Baseline) <= g.Size * 0.15
                    && Math.Abs(o.Size - g.Size) <= g.Size * 0.1)
                    return i;
            }
        }
        return null;
    }

    /// <summary>
    /// The glyph's text without control or format characters, its ligatures expanded. A glyph whose code maps to a tab
    /// or a line break (a font that gives its word space U+0009) is drawn as a word space and is read as one.
    /// </summary>
    public static string Printable(string value, PdfGlyphOptions options)
    {
        bool clean = true;
        for (int i = 0; i < value.Length; i++)
            if (IsNonPrinting(value[i]) || Unpaired(value, i) || options.ExpandLigatures && IsLigature(value[i])) { clean = false; break; }
        if (clean) return value;
        var sb = new StringBuilder(value.Length + 2);
        bool spaced = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (IsSpacingControl(c)) spaced = true;
            if (IsNonPrinting(c) || Unpaired(value, i)) continue;
            if (options.ExpandLigatures && IsLigature(c)) sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            else sb.Append(c);
        }
        return sb.Length == 0 && spaced ? " " : sb.ToString();
    }

    /// <summary>Tab, line feed, vertical tab, form feed, carriage return: white space, though of the control category.</summary>
    private static bool IsSpacingControl(char c) => c is >= '\u0009' and <= '\u000D';

    /// <summary>Half of a surrogate pair without its other half (a broken font's code): no character at all.</summary>
    private static bool Unpaired(string value, int i) =>
        char.IsHighSurrogate(value[i]) ? i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])
        : char.IsLowSurrogate(value[i]) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));

    private static bool IsLigature(char c) => c is >= '\uFB00' and <= '\uFB06';

    /// <summary>C0 and C1 controls, and format characters (soft hyphen, zero-width marks), the space kept.</summary>
    private static bool IsNonPrinting(char c) =>
        c != ' ' && (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);
}
