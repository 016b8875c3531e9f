using System.Text;

namespace ReportPipeline.Structure;

/// <summary>Character classes and the spacing rules of mixed Chinese and Latin text.</summary>
public static class CjkText
{
    /// <summary>A Han ideograph (CJK Unified Ideographs, Extension A, Compatibility).</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '〇';

    /// <summary>Full-width punctuation: CJK Symbols and Punctuation, and the full-width forms block.</summary>
    public static bool IsWidePunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20'
            or >= '\uFF3B' and <= '\uFF40' or >= '\uFF5B' and <= '\uFF65' or '—' or '…' or '·';

    /// <summary>Curly quotes are shared by Chinese and English; they count as CJK only beside Han text.</summary>
    private static bool IsCurlyQuote(char c) => c is '“' or '”' or '‘' or '’';

    public static bool IsWide(char c) => IsHan(c) || IsWidePunctuation(c);

    public static int CountHan(string text) => text.Count(IsHan);

    public static int CountLatinLetters(string text) => text.Count(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z');

    /// <summary>
    /// Joins two fragments of one paragraph that a line or page break separated. No space goes between
    /// CJK text and anything; one space goes between Latin words; a trailing hyphen is kept and joined.
    /// </summary>
    public static string JoinFragments(string left, string right)
    {
        left = left.TrimEnd();
        right = right.TrimStart();
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        char a = left[^1], b = right[0];
        bool tight = IsWide(a) || IsWide(b) || a == '-'
            || (IsCurlyQuote(a) && IsHan(b)) || (IsCurlyQuote(b) && IsHan(a))
            || (IsCurlyQuote(a) && left.Length > 1 && IsWide(left[^2]))
            || (IsCurlyQuote(b) && right.Length > 1 && IsWide(right[1]));
        return tight ? left + right : left + " " + right;
    }

    /// <summary>
    /// Removes stray spaces between two Han characters (left by line wraps in extracted text). Spaces in
    /// Latin text, between Han and digits or Latin letters, and inside “quoted phrases” (where a space
    /// separates two slogans on purpose) are kept as written.
    /// </summary>
    public static string RemoveStraySpaces(string text)
    {
        if (!text.Contains(' ')) return text;
        var result = new StringBuilder(text.Length);
        int quoteDepth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '“' or '「' or '『') quoteDepth++;
            else if (c is '”' or '」' or '』') quoteDepth = Math.Max(0, quoteDepth - 1);
            if (c == ' ' && quoteDepth == 0 && result.Length > 0 && IsHan(result[^1]))
            {
                int j = i;
                while (j < text.Length && text[j] == ' ') j++;
                if (j < text.Length && IsHan(text[j])) { i = j - 1; continue; }
            }
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>True when Han ideographs make up a real share of the letters (Han characters carry more per glyph).</summary>
    public static bool IsMainlyChinese(string text) => IsMainlyChinese(text, StructureOptions.Default.HanWeight);

    /// <param name="hanWeight">How many Latin letters one Han character outweighs (<see cref="StructureOptions.HanWeight"/>).</param>
    public static bool IsMainlyChinese(string text, int hanWeight)
    {
        int han = CountHan(text), latin = CountLatinLetters(text);
        return han > 0 && han * hanWeight >= latin;
    }
}
