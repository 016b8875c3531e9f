using System.Text;

namespace ReportPipeline.Structure;

/// <summary>
/// Zero-width joiners and non-joiners that join nothing: at a line's end ("各位代表：\u200D" as a site's editor leaves
/// it), beside Han characters, punctuation or spaces. They hide a salutation or a heading from recognition and are
/// removed; between two letters of a script that joins (Arabic, Indic) or inside an emoji sequence they stay.
/// </summary>
internal static class StrayJoiners
{
    public static string Remove(string text)
    {
        if (text.IndexOfAny(['\u200C', '\u200D']) < 0) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '\u200C' or '\u200D' && !(i > 0 && Joins(text[i - 1]) && i + 1 < text.Length && Joins(text[i + 1]))) continue;
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>A character a joiner can act on: a letter or mark of a script other than Han, or part of an emoji.</summary>
    private static bool Joins(char c) =>
        char.IsSurrogate(c) || c == '\uFE0F'
        || (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark) && !CjkText.IsWide(c);
}
