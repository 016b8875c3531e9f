namespace ReportPipeline.Model;

/// <summary>
/// Where a node came from: 1-based lines of the decoded text, and the page where the format has pages. A node read
/// from a PDF has no lines (0): its pages and, on one page, the box it stands in.
/// </summary>
/// <param name="EndPage">The last page, when the node runs on over a page break.</param>
/// <param name="Box">The area on <paramref name="Page"/> the node covers (PDF), in points from the bottom-left corner.</param>
public sealed record SourceSpan(int StartLine, int EndLine, int? Page = null, int? EndPage = null, PageBox? Box = null)
{
    public static SourceSpan Line(int line, int? page = null) => new(line, line, page);

    /// <summary>A place on a page of a PDF (no text lines).</summary>
    public static SourceSpan OnPage(int page, PageBox? box = null, int? endPage = null) =>
        new(0, 0, page, endPage is { } end && end != page ? end : null, box);

    /// <summary>The last page, or null where the format has none.</summary>
    public int? LastPage => EndPage ?? Page;

    public SourceSpan Through(SourceSpan other)
    {
        int? firstPage = Page is { } a && other.Page is { } b ? Math.Min(a, b) : Page ?? other.Page;
        int? lastPage = LastPage is { } c && other.LastPage is { } d ? Math.Max(c, d) : LastPage ?? other.LastPage;
        var box = Box is not null && other.Box is not null && firstPage == lastPage ? Box.Union(other.Box) : firstPage == lastPage ? Box ?? other.Box : null;
        return new(Math.Min(StartLine, other.StartLine), Math.Max(EndLine, other.EndLine), firstPage,
            lastPage != firstPage ? lastPage : null, StartLine == 0 ? box : null);
    }

    public override string ToString() =>
        StartLine == 0 && Page is { } page
            ? (EndPage is { } end ? $"pages {page}-{end}" : $"page {page}") + (Box is null ? "" : $" {Box}")
            : StartLine == EndLine ? $"line {StartLine}" : $"lines {StartLine}-{EndLine}";
}
