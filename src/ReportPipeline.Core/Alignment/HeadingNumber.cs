namespace ReportPipeline.Alignment;

/// <summary>
/// The number a heading label stands for, whatever the scheme: 第一章 and Chapter I are 1, 一、 and I. and 1. are
/// 1, （二） and (2) are 2, 1.3 is 3 (its last part). Null for no label or one without a number.
/// </summary>
public static class HeadingNumber
{
    private const string CjkDigits = "零〇一二三四五六七八九";

    public static int? Of(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        string text = label.Trim();
        foreach (string prefix in new[] { "Chapter", "CHAPTER", "Part", "PART", "Section", "SECTION" })
            if (text.StartsWith(prefix, StringComparison.Ordinal)) text = text[prefix.Length..];
        text = text.Trim().Trim('第', '章', '节', '篇', '部', '、', '.', '．', '(', ')', '（', '）', ':', ' ');
        int lastDot = text.LastIndexOfAny(['.', '．']);
        if (lastDot >= 0) text = text[(lastDot + 1)..];
        if (text.Length == 0) return null;
        if (text.All(char.IsAsciiDigit)) return int.TryParse(text, out int n) ? n : null;
        if (text.All(c => "IVXLCivxlc".Contains(c))) return Roman(text.ToUpperInvariant());
        if (text.All(c => CjkDigits.Contains(c) || c is '十' or '百')) return Chinese(text);
        return null;
    }

    private static int? Roman(string text)
    {
        int total = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int value = RomanValue(text[i]), next = i + 1 < text.Length ? RomanValue(text[i + 1]) : 0;
            total += value < next ? -value : value;
        }
        return total > 0 ? total : null;
    }

    private static int RomanValue(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };

    private static int? Chinese(string text)
    {
        int total = 0, digit = 0;
        foreach (char c in text)
        {
            int d = CjkDigits.IndexOf(c);
            if (d >= 0) { digit = d <= 1 ? 0 : d - 1; continue; }
            int unit = c == '十' ? 10 : 100;
            total += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        total += digit;
        return total > 0 ? total : null;
    }
}
