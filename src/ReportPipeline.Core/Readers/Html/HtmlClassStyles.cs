using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// Bold and italic as office exports write them: class rules in the page's style sheets (".Bold { font-weight:bold }")
/// or an inline style attribute. Only simple one-class selectors are read.
/// </summary>
internal sealed partial class HtmlClassStyles
{
    [GeneratedRegex(@"\.([A-Za-z_][\w-]*)\s*\{([^}]*)\}")]
    private static partial Regex ClassRule();

    private readonly HashSet<string> boldClasses = [], italicClasses = [];

    public HtmlClassStyles(IDocument page)
    {
        foreach (var sheet in page.QuerySelectorAll("style"))
            foreach (Match rule in ClassRule().Matches(sheet.TextContent))
            {
                string declarations = rule.Groups[2].Value.Replace(" ", "").ToLowerInvariant();
                if (IsBoldDeclaration(declarations)) boldClasses.Add(rule.Groups[1].Value);
                if (declarations.Contains("font-style:italic")) italicClasses.Add(rule.Groups[1].Value);
            }
    }

    public bool IsBold(IElement element) =>
        element.ClassList.Any(boldClasses.Contains) || IsBoldDeclaration(Inline(element));

    public bool IsItalic(IElement element) =>
        element.ClassList.Any(italicClasses.Contains) || Inline(element).Contains("font-style:italic");

    private static string Inline(IElement element) => (element.GetAttribute("style") ?? "").Replace(" ", "").ToLowerInvariant();

    private static bool IsBoldDeclaration(string declarations) =>
        declarations.Contains("font-weight:bold") || declarations.Contains("font-weight:700") || declarations.Contains("font-weight:600");
}
