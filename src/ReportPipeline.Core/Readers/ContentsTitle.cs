using System.Text.RegularExpressions;

namespace ReportPipeline.Readers;

/// <summary>The title a contents list is given ("目录", "目 录", "Contents", "Table of Contents", "目 录 Contents", "목차"): it goes with the list.</summary>
internal static partial class ContentsTitle
{
    [GeneratedRegex(@"^\s*(目\s*录|目\s*錄|目\s*次|차\s*례|목\s*차|contents|table\s+of\s+contents)(\s*[/／|｜]?\s*(contents|table\s+of\s+contents))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static bool Matches(string text) => Pattern().IsMatch(text.Replace('\u3000', ' '));
}
