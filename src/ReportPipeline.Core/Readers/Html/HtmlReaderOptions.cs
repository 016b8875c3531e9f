namespace ReportPipeline.Readers.Html;

/// <summary>
/// The HTML reader's thresholds for web pages as sites publish them (menus, share buttons and footers around the
/// article): how the article is told from the page around it (<see cref="HtmlArticle"/>).
/// </summary>
public sealed record HtmlReaderOptions
{
    public static readonly HtmlReaderOptions Default = new();

    /// <summary>A block of text counts towards an article only with at least this many letters outside links.</summary>
    public int MinimumParagraphLetters { get; init; } = 20;

    /// <summary>The article must hold at least this many letters outside links, else the whole page is read.</summary>
    public int MinimumArticleLetters { get; init; } = 100;

    /// <summary>The article must hold at least this share of the page's paragraph letters (outside links), else the whole page is read.</summary>
    public double MinimumArticleShare { get; init; } = 0.5;
}
