using System.Globalization;
using System.Text;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// A counter written the way Word's number formats (w:numFmt) show it: decimal, roman, letters, Chinese counting
/// (一, 十一, 二十), Chinese counting with thousands (一百零一), the heavenly stems (甲乙丙), circled numbers (①), ….
/// A format not known here is written in decimal.
/// </summary>
internal static class NumberFormats
{
    private const string CjkDigits = "零一二三四五六七八九";
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";
    private const string Branches = "子丑寅卯辰巳午未申酉戌亥";

    public static string Format(int n, string format) => format switch
    {
        "decimal" => n.ToString(CultureInfo.InvariantCulture),
        "decimalZero" => n.ToString("00", CultureInfo.InvariantCulture),
        "upperRoman" => Roman(n),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperLetter" => Letters(n),
        "lowerLetter" => Letters(n).ToLowerInvariant(),
        "chineseCounting" or "japaneseCounting" or "taiwaneseCounting" => CjkCounting(n),
        "chineseCountingThousand" or "taiwaneseCountingThousand" or "japaneseDigitalTenThousand" => CjkCounting(n),
        "ideographDigital" or "taiwaneseDigital" =>
            string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(d => CjkDigits[d - '0'])),
        "chineseLegalSimplified" => Legal(n),
        "ideographTraditional" => n is >= 1 and <= 10 ? Stems[n - 1].ToString() : n.ToString(CultureInfo.InvariantCulture),
        "ideographZodiac" => n is >= 1 and <= 12 ? Branches[n - 1].ToString() : n.ToString(CultureInfo.InvariantCulture),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => n is >= 1 and <= 20 ? ((char)('①' + n - 1)).ToString()
            : n is >= 21 and <= 35 ? ((char)('㉑' + n - 21)).ToString() : n is >= 36 and <= 50 ? ((char)('㊱' + n - 36)).ToString() : n.ToString(CultureInfo.InvariantCulture),
        "decimalEnclosedParen" => n is >= 1 and <= 20 ? ((char)('⑴' + n - 1)).ToString() : $"({n})",
        "decimalEnclosedFullstop" => n is >= 1 and <= 20 ? ((char)('⒈' + n - 1)).ToString() : $"{n}.",
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(d => (char)('０' + d - '0'))),
        "ordinal" => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" }),
        "none" => "",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Roman(int n)
    {
        if (n <= 0 || n >= 4000) return n.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        foreach (var (value, symbol) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            for (; n >= value; n -= value) sb.Append(symbol);
        return sb.ToString();
    }

    /// <summary>A, B, …, Z, AA, BB, …: Word repeats the letter rather than counting in base 26.</summary>
    private static string Letters(int n) => n <= 0 ? "" : new string((char)('A' + (n - 1) % 26), (n - 1) / 26 + 1);

    /// <summary>Chinese counting: 一 … 十, 十一, 二十一, 一百零五, 一千零一十.</summary>
    public static string CjkCounting(int n)
    {
        if (n == 0) return "零";
        if (n < 0 || n >= 100_000) return n.ToString(CultureInfo.InvariantCulture);
        var units = new[] { "", "十", "百", "千", "万" };
        var digits = n.ToString(CultureInfo.InvariantCulture).Select(c => c - '0').ToArray();
        var sb = new StringBuilder();
        bool zero = false;
        for (int i = 0; i < digits.Length; i++)
        {
            int d = digits[i], unit = digits.Length - 1 - i;
            if (d == 0) { zero = sb.Length > 0; continue; }
            if (zero) { sb.Append('零'); zero = false; }
            if (!(d == 1 && unit == 1 && sb.Length == 0)) sb.Append(CjkDigits[d]);
            sb.Append(units[unit]);
        }
        return sb.ToString();
    }

    private static string Legal(int n) =>
        CjkCounting(n).Replace('一', '壹').Replace('二', '贰').Replace('三', '叁').Replace('四', '肆').Replace('五', '伍')
            .Replace('六', '陆').Replace('七', '柒').Replace('八', '捌').Replace('九', '玖').Replace('十', '拾').Replace('百', '佰').Replace('千', '仟');
}
