using System.Text.RegularExpressions;

namespace ReportPipeline.Readers;

/// <summary>The title a contents list is given ("目录", "目 录", "Contents", "Table of Contents"): it goes with the list.</summary>
internal static partial class ContentsTitle
{
    [GeneratedRegex(@"^\s*(目\s*录|目\s*錄|contents|table\s+of\s+contents)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static bool Matches(string text) => Pattern().IsMatch(text.Replace('\u3000', ' '));
}
