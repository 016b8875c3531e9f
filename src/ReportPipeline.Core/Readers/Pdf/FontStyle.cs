using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Bold and italic of a glyph from what the PDF states: the font's flags and weight, its name ("Arial-BoldMT",
/// "SimHei", "黑体", "FZHei-B01", "Helvetica-Black", "NotoSansCJK-Heavy", a "-B" or ",Bold" suffix, TeX's Computer Modern
/// "cmbx10" bold and "cmti10"/"cmsl10" italic or slanted), and a stroked
/// rendering mode (text drawn with an outline to look heavier).
/// </summary>
internal static partial class FontStyle
{
    [GeneratedRegex(@"bold|black|heavy|demi|semibold|extrabold|ultrabold|黑体|simhei|heiti|fzh(?:t|ei)|fzdh|hei-?b|(?:[-,_](?:b|bd|w[6-9]))$|^cm(?:bx|b|ssbx)[a-z]*\d", RegexOptions.IgnoreCase)]
    private static partial Regex BoldName();

    [GeneratedRegex(@"italic|oblique|[-,_](?:i|it)$|^cm(?:ti|sl|bxti|bxsl|ssi)\d", RegexOptions.IgnoreCase)]
    private static partial Regex ItalicName();

    public static bool IsBold(Letter letter) =>
        letter.Font?.IsBold == true || letter.Font?.Weight >= 700 || IsBoldName(letter.FontName)
        || letter.RenderingMode is TextRenderingMode.Stroke or TextRenderingMode.FillThenStroke;

    public static bool IsItalic(Letter letter) => letter.Font?.IsItalic == true || ItalicName().IsMatch(BaseName(letter.FontName));

    public static bool IsBoldName(string? fontName) => BoldName().IsMatch(BaseName(fontName));

    [GeneratedRegex(@"kai|楷|^fzkt", RegexOptions.IgnoreCase)]
    private static partial Regex KaiName();

    /// <summary>A 楷体 face: KaiTi, KaiTi_GB2312, STKaiti, FZKai, 华文楷体, 楷体, and Founder's 楷体 by its short name
    /// (FZKTK--GBK1-0, FZKTJW--GB1-0).</summary>
    public static bool IsKaiName(string? fontName) => KaiName().IsMatch(BaseName(fontName));

    [GeneratedRegex(@"fangsong|仿宋|^fzfs", RegexOptions.IgnoreCase)]
    private static partial Regex FangSongName();

    /// <summary>A 仿宋 face: FangSong, FangSong_GB2312, STFangsong, 仿宋, and Founder's 仿宋 by its short name (FZFSK--GBK1-0).</summary>
    public static bool IsFangSongName(string? fontName) => FangSongName().IsMatch(BaseName(fontName));

    [GeneratedRegex(@"dingbat|wingding|webding|typographicsymbols", RegexOptions.IgnoreCase)]
    private static partial Regex SymbolName();

    /// <summary>A font of pictograms whose codes stand for no letter (ZapfDingbats, Wingdings, WordPerfect's TypographicSymbols).</summary>
    public static bool IsSymbolName(string? fontName) => SymbolName().IsMatch(BaseName(fontName));

    /// <summary>The font name without its subset prefix ("ABCDEF+").</summary>
    private static string BaseName(string? name) =>
        name is null ? "" : name.Length > 7 && name[6] == '+' ? name[7..] : name;
}
