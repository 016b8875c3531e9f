using System.Net;
using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Markdown;

/// <summary>
/// Links as [text](destination), the destination in angle brackets where CommonMark would otherwise end it; anchors as an empty raw &lt;a id&gt;; formulas as pandoc's $…$ and $$…$$.
/// </summary>
internal static class MarkdownLink
{
    /// <summary>A link whose scheme could run code (javascript:, data:, vbscript:) keeps only its text, as in HTML (<see cref="LinkTargets"/>).</summary>
    public static string Render(Link link, string text) =>
        LinkTargets.IsSafe(link.Target) ? $"[{text}]({Destination(link.Target)})" : text;

    /// <summary>
    /// A destination CommonMark reads back exactly: as written when it holds nothing that would end it, else between
    /// angle brackets (where spaces and parentheses are allowed) with &lt;, &gt; and backslashes escaped.
    /// </summary>
    public static string Destination(string target)
    {
        target = new string(target.Trim().Where(c => !char.IsControl(c)).ToArray());
        if (target.Length > 0 && !target.Any(c => c is ' ' or '(' or ')' or '<' or '>' or '\\' or '`' or '"' or '\''))
            return target;
        var sb = new StringBuilder("<", target.Length + 8);
        foreach (char c in target)
        {
            if (c is '<' or '>' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        return sb.Append('>').ToString();
    }

    public static string Anchor(Anchor anchor) => $"<a id=\"{WebUtility.HtmlEncode(anchor.Name)}\"></a>";

    /// <summary>
    /// A formula with an empty HTML comment on a side where it touches a letter or digit: Markdig opens and closes
    /// $…$ only beside white space or punctuation (CJK text has no spaces), and the comment is punctuation that renders as nothing.
    /// </summary>
    public static string Separated(string formula, char? before, char? after)
    {
        const string Separator = "<!-- -->";
        static bool Touches(char? c) => c is { } x && !char.IsWhiteSpace(x) && !MarkdownText.IsPunctuation(x);
        return (Touches(before) ? Separator : "") + formula + (Touches(after) ? Separator : "");
    }

    /// <summary>$text$ (pandoc's tex_math_dollars: no space just inside the dollars), $$text$$ for a display formula.</summary>
    public static string Formula(Formula formula)
    {
        string text = formula.Text.Trim().Replace("$", "\\$");
        if (text.Length == 0) return "";
        return formula.Display ? $"$${text}$$" : $"${text}$";
    }
}
