using System.Text.RegularExpressions;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// A number typed before the text of a paragraph in a heading style, followed by a tab or space ("3⇥Results",
/// "2.1 Scope"): the style says the paragraph is a heading, so the number is its label even without a dot after it.
/// </summary>
internal static partial class DocxHeadingNumber
{
    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2}){0,5})[ \t\u3000]+(?=\S)")]
    private static partial Regex BareNumber();

    public static NumberingMatch? Match(string text)
    {
        var m = BareNumber().Match(text);
        if (!m.Success) return null;
        string label = m.Groups[1].Value;
        int depth = label.Count(c => c == '.') + 1;
        return new NumberingMatch(depth > 1 ? NumberingStyle.Decimal : NumberingStyle.Arabic, depth, label, text[m.Length..].Trim(), m.Length);
    }
}
