using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Html;

/// <summary>
/// A link as &lt;a href&gt;: an internal one to the anchor's id or the note's number, an external one to its address.
/// An address with a scheme that runs code (javascript:, data:, vbscript:) is not made a link: its text is kept (<see cref="LinkTargets"/>).
/// </summary>
internal static class HtmlLink
{
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
            return numbers.Contains(name) ? "#" + HtmlInlines.NoteId(numbers.NumberOf(name)) : "#" + AnchorId(name);
        return LinkTargets.IsSafe(link.Target) ? HtmlReportWriter.E(link.Target.Trim()) : null;
    }
}
