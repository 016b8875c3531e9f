using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportPipeline.Writers.Markdown;

/// <summary>
/// Escaping and emphasis that hold under CommonMark's rules, CJK punctuation included, and under the extensions of
/// the readers a Markdown file meets (pandoc's markdown and commonmark_x, Markdig's advanced extensions): nothing
/// in the text may become raw HTML, an attribute block <c>{…}</c>, a link, or a list, heading, quote, table,
/// definition or line block. Control characters are never written; a line break in text becomes a space.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>Ordered-list markers of CommonMark and pandoc's fancy lists: 1. 1) (1) a. A) iv. #.</summary>
    [GeneratedRegex(@"^(\(?)(\d{1,9}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,8}|#)([.)])(\s|$)")]
    private static partial Regex OrderedListStart();

    [GeneratedRegex(@"^([-+*=>#|:%^])")]
    private static partial Regex BlockStart();

    /// <summary>Escapes characters that Markdown would read as syntax.</summary>
    public static string Escape(string text, bool inTable = false)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c is '\n' or '\r' or '\t' or '\f') { sb.Append(' '); continue; }
            if (char.IsControl(c)) continue;
            // Markdig reads an attribute block at a heading's end even after a backslash: braces go as character references.
            if (c is '{' or '}') { sb.Append(c == '{' ? "&#123;" : "&#125;"); continue; }
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '~' or '&' || (inTable && c == '|')) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Escapes what would turn the start of a paragraph or list item into a list, heading, quote, table or definition.</summary>
    public static string EscapeLineStart(string line)
    {
        var ordered = OrderedListStart().Match(line);
        if (ordered.Success)
            return (ordered.Groups[1].Length > 0 ? "\\(" : "") + ordered.Groups[2].Value + "\\" + line[(ordered.Groups[1].Length + ordered.Groups[2].Length)..];
        return BlockStart().IsMatch(line) ? "\\" + line : line;
    }

    /// <summary>A heading's closing run of # would be taken for the optional closing sequence and dropped.</summary>
    public static string EscapeHeadingEnd(string heading) =>
        heading.EndsWith('#') && !heading.EndsWith("\\#", StringComparison.Ordinal) ? heading[..^1] + "\\#" : heading;

    /// <summary>
    /// Wraps rendered content in a delimiter run (** or *) that CommonMark will open and close.
    /// A closing run after punctuation and before a letter is not right-flanking ("**好。**全" stays literal),
    /// so an empty HTML comment is put on the outer side of such a run: it renders as nothing and is punctuation.
    /// </summary>
    public static string Delimit(string delimiter, string inner, char? before, char? after)
    {
        if (inner.Trim().Length == 0) return inner;
        if (inner.Length != inner.Trim().Length)
        {
            // A run cannot open after or close before white space: the spaces go outside the delimiters.
            string trimmed = inner.Trim();
            string leading = inner[..inner.IndexOf(trimmed, StringComparison.Ordinal)], trailing = inner[(leading.Length + trimmed.Length)..];
            return leading + Delimit(delimiter, trimmed, leading.Length > 0 ? ' ' : before, trailing.Length > 0 ? ' ' : after) + trailing;
        }
        const string Separator = "<!-- -->";
        bool openNeedsHelp = IsPunctuation(inner[0]) && before is { } b && !char.IsWhiteSpace(b) && !IsPunctuation(b);
        bool closeNeedsHelp = IsPunctuation(inner[^1]) && after is { } a && !char.IsWhiteSpace(a) && !IsPunctuation(a);
        return (openNeedsHelp ? Separator : "") + delimiter + inner + delimiter + (closeNeedsHelp ? Separator : "");
    }

    /// <summary>CommonMark's punctuation: ASCII punctuation and the Unicode P and S categories.</summary>
    public static bool IsPunctuation(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c) is false && !char.IsWhiteSpace(c) && !char.IsControl(c);
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol
            or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
    }
}
