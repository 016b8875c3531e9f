using System.Text;

namespace ReportPipeline.Decoding;

/// <summary>
/// Characters that show nothing but change what recognition or a reader sees, removed from input text before
/// recognition: C0 and C1 control characters (tab, line ends and form feed aside), zero-width spaces and word
/// joiners, byte-order marks inside the text, and bidirectional controls (embeddings, overrides, isolates, marks)
/// that could make the text display other than it reads. A zero-width space before "一、" no longer hides a heading.
/// Zero-width joiners and non-joiners stay: some scripts need them.
/// </summary>
public static class InvisibleCharacters
{
    public static bool IsInvisible(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
        || c is '\u200B' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F' or '\u061C'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>The text without invisible characters; the same instance when it holds none.</summary>
    public static string Remove(string text)
    {
        int first = 0;
        while (first < text.Length && !IsInvisible(text[first])) first++;
        if (first == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
            if (!IsInvisible(text[i])) sb.Append(text[i]);
        return sb.ToString();
    }
}
