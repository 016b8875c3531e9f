using AngleSharp.Dom;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// A page's own table of contents, besides those the reader skips by name (nav, .toc): a list or block that is
/// nothing but links to places in the page (at least <see cref="MinimumEntries"/> of them). It is left out of the
/// body, with the "目录"/"Contents" heading just above it.
/// </summary>
internal static class HtmlContents
{
    public const int MinimumEntries = 3;

    /// <summary>The share of the block's text that must be link text.</summary>
    public const double LinkTextShare = 0.8;

    public static bool IsContentsList(IElement element)
    {
        if (element.TagName is not ("UL" or "OL" or "DIV" or "SECTION" or "P" or "TABLE")) return false;
        var links = element.QuerySelectorAll("a[href^='#']").ToList();
        if (links.Count < MinimumEntries) return false;
        int total = Letters(element.TextContent);
        int linked = links.Sum(l => Letters(l.TextContent));
        return total > 0 && linked >= LinkTextShare * total && !links.Any(l => l.Closest("sup") is not null);
    }

    private static int Letters(string text) => text.Count(char.IsLetterOrDigit);

    public static void DropTitle(List<Candidate> result)
    {
        if (result.Count > 0 && result[^1] switch
            {
                HeadingCandidate h => IsContentsTitle(h.Title.Plain),
                ParagraphCandidate p => IsContentsTitle(p.Text.Plain),
                _ => false,
            })
            result.RemoveAt(result.Count - 1);
    }

    private static bool IsContentsTitle(string text) => ContentsTitle.Matches(text);
}
