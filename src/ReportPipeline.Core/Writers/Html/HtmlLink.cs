using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Html;

/// <summary>
/// A link as &lt;a href&gt;: an internal one to the anchor's id or the note's number, an external one to its address.
/// An address with a scheme that runs code (javascript:, data:, vbscript:) is not made a link: its text is kept.
/// </summary>
internal static class HtmlLink
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "ftp:", "tel:", "news:"];

    /// <summary>The HTML id of a named anchor: its name (white space made "_"), prefixed where it could take one of the writer's own ids.</summary>
    public static string AnchorId(string name)
    {
        string id = new(name.Select(c => char.IsWhiteSpace(c) ? '_' : c).ToArray());
        bool ours = OwnIds.Any(p => id.StartsWith(p, StringComparison.Ordinal));
        return HtmlReportWriter.E(ours ? "a-" + id : id);
    }

    private static readonly string[] OwnIds = ["sec-", "fn-", "fnref-", "toc-", "footnotes-"];

    public static void Append(StringBuilder sb, Link link, HtmlInlines inlines)
    {
        string? href = HrefOf(link, inlines.Numbers);
        if (href is null)
        {
            sb.Append(inlines.Render(link.Content));
            return;
        }
        sb.Append("<a href=\"").Append(href).Append("\">").Append(inlines.Render(link.Content)).Append("</a>");
    }

    private static string? HrefOf(Link link, FootnoteNumbers numbers)
    {
        if (link.InternalTarget is { } name)
            return numbers.Ordered.Any(n => n.Id == name) ? "#" + HtmlInlines.NoteId(numbers.NumberOf(name)) : "#" + AnchorId(name);
        string target = link.Target.Trim();
        int colon = target.IndexOf(':');
        bool hasScheme = colon > 0 && target[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
        if (hasScheme && !SafeSchemes.Any(s => target.StartsWith(s, StringComparison.OrdinalIgnoreCase))) return null;
        return HtmlReportWriter.E(target);
    }
}
