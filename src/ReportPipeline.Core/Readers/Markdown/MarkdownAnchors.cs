using System.Net;
using System.Text.RegularExpressions;

namespace ReportPipeline.Readers.Markdown;

/// <summary>An empty raw &lt;a id="…"&gt; (or name) in Markdown: a named place internal links point at.</summary>
internal static partial class MarkdownAnchors
{
    [GeneratedRegex(@"^<a\s+(?:id|name)\s*=\s*""([^""]+)""\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex AnchorTag();

    public static string? NameOf(string tag) => AnchorTag().Match(tag.Trim()) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
}
