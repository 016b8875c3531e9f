using AngleSharp.Dom;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// The article of a web page that does not mark it (no article or main element): the block whose paragraphs hold
/// the most text outside links (each paragraph counts fully for its parent and half for the grandparent), widened to
/// take in the article's own title, the element before it whose text is the page's title (the title element without
/// the site's name, or the ArticleTitle meta). Null when the article holds too little of the page's paragraph text
/// (blocks of a few words, as menus are, do not count; <see cref="HtmlReaderOptions"/>): then the whole page is read.
/// </summary>
internal static partial class HtmlArticle
{
    private static readonly char[] TitleSeparators = ['-', '_', '|', '—', '－', '｜'];

    public static IElement? Find(IDocument page, string chrome, HtmlReaderOptions options)
    {
        if (page.Body is not { } body) return null;
        var scores = new Dictionary<IElement, double>();
        var paragraphs = new List<(IElement Block, int Letters)>();
        foreach (var block in body.QuerySelectorAll("p, div, td, pre, li, section, blockquote"))
        {
            if (block.Children.Any(IsBlock) || block.Closest("a") is not null || Hidden(block, chrome)) continue;
            int letters = LettersOutsideLinks(block);
            if (letters < options.MinimumParagraphLetters) continue;
            paragraphs.Add((block, letters));
            if (block.ParentElement is { } parent) scores[parent] = scores.GetValueOrDefault(parent) + letters;
            if (block.ParentElement?.ParentElement is { } grandparent) scores[grandparent] = scores.GetValueOrDefault(grandparent) + letters / 2.0;
        }
        if (scores.Count == 0) return null;
        var best = scores.MaxBy(s => s.Value).Key;
        var article = Title(page, best) is { } title ? CommonAncestor(title, best) : best;
        if (article == body || article == page.DocumentElement) article = best;
        int inArticle = paragraphs.Where(p => article.Contains(p.Block)).Sum(p => p.Letters);
        if (inArticle < options.MinimumArticleLetters || inArticle < options.MinimumArticleShare * paragraphs.Sum(p => p.Letters)) return null;
        return article;
    }

    /// <summary>The last element before the article whose whole text is the page's title.</summary>
    public static IElement? Title(IDocument page, IElement article)
    {
        var titles = new[] { page.QuerySelector("meta[name=ArticleTitle]")?.GetAttribute("content"), SiteTitle(page.Title) }
            .Select(Normalize).Where(t => t.Length > 0).Distinct().ToList();
        if (titles.Count == 0 || page.Body is not { } body) return null;
        IElement? found = null;
        // In document order, up to the article: only elements without blocks inside (a title's own element) are read.
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (element == article) break;
            if (!element.Children.Any(IsBlock) && element.Closest("a, script, style, title") is null && titles.Contains(Normalize(element.TextContent)))
                found = element;
        }
        return found;
    }

    /// <summary>A page title without the site's name after a separator ("Title - Site").</summary>
    private static string? SiteTitle(string? title)
    {
        if (title is null) return null;
        int cut = title.LastIndexOfAny(TitleSeparators);
        return cut > 0 && title[..cut].Trim().Length >= 4 ? title[..cut] : title;
    }

    private static IElement CommonAncestor(IElement a, IElement b)
    {
        var above = new HashSet<IElement>(a.AncestorsAndSelf());
        return b.AncestorsAndSelf().First(above.Contains);
    }

    private static IEnumerable<IElement> AncestorsAndSelf(this IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement) yield return e;
    }

    private static string Normalize(string? text) => new((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static bool Hidden(IElement element, string chrome) => element.Closest(chrome) is not null || element.Closest("script, style, noscript, template") is not null;

    /// <summary>Letters of the element's text outside links, scripts and web addresses written out (lists of sites are no prose).</summary>
    private static int LettersOutsideLinks(IElement element) =>
        Math.Max(0, Letters(element.TextContent) - element.QuerySelectorAll("a, script, style").Sum(a => Letters(a.TextContent)));

    private static int Letters(string text) => WebAddress().Replace(text, " ").Count(char.IsLetterOrDigit);

    [System.Text.RegularExpressions.GeneratedRegex(@"(https?://|www\.)[^\s<>""]+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WebAddress();


    private static bool IsBlock(IElement e) => e.TagName is "P" or "DIV" or "SECTION" or "ARTICLE" or "UL" or "OL" or "TABLE" or "H1" or "H2"
        or "H3" or "H4" or "H5" or "H6" or "FIGURE" or "BLOCKQUOTE" or "PRE" or "DL" or "HEADER" or "MAIN" or "NAV" or "ASIDE" or "FOOTER" or "FORM" or "TR" or "TD";
}
