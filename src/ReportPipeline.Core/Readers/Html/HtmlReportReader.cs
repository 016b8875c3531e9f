using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// Web pages read with AngleSharp: the main content (article, main, the wiki content area, else the block that holds
/// the page's text, <see cref="HtmlArticle"/>) without navigation, scripts, styles and page tools (<see cref="HtmlWebFurniture"/>); headings, paragraphs, strong and emphasis, lists, tables with colspan and
/// rowspan, and footnotes as pandoc, Word, LibreOffice, Wikipedia and ReportPipeline write them. A title block
/// header (or a lone h1 above the other headings) gives the metadata.
/// </summary>
public sealed class HtmlReportReader(StructureOptions? options = null, HtmlReaderOptions? htmlOptions = null) : IReportReader
{
    /// <summary>Where the content is, most specific first.</summary>
    private static readonly string[] MainSelectors = ["#mw-content-text", "main article", "article", "main", "[role=main]", "#content", "body"];
    private const string Chrome = "nav, aside:not([role=doc-footnote]), [role=navigation], [role=search], footer, form, .toc, #toc, .navbox, .mw-editsection, .noprint, .hatnote, .shortdescription, .mw-jump-link, header:not(.title-block):not(#title-block-header)";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public ReportDocument Read(byte[] content) => Read(content, null);

    /// <param name="sourcePath">Where the page is, so images beside it can be read; null when unknown.</param>
    public ReportDocument Read(byte[] content, string? sourcePath)
    {
        // The page (AngleSharp's tree) is let go before recovery: for a large page it is the largest thing in memory.
        var (decoded, images, diagnostics) = Decode(content, sourcePath);
        var recovered = StructureRecovery.Recover(decoded, options);
        return (recovered with { Resources = images.Resources, Diagnostics = [.. recovered.Diagnostics, .. diagnostics] }).WithoutUnusedAnchors().WithLinkChecks();
    }

    private (DecodedReport Decoded, ImageLoader Images, List<Diagnostic> Diagnostics) Decode(byte[] content, string? sourcePath)
    {
        var diagnostics = new List<Diagnostic>();
        var images = new ImageLoader(sourcePath, diagnostics);
        string html = HtmlTextDecoder.Decode(content);
        HtmlGuard.CheckNesting(html, Budgets.Current);
        var page = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var root = MainSelectors.Select(page.QuerySelector).FirstOrDefault(e => e is not null) ?? page.DocumentElement;
        // A page that does not mark its article: the article is found by where its text is (menus and footers are links).
        bool found = false;
        if (root.Matches("#content, body") && HtmlArticle.Find(page, Chrome, htmlOptions ?? HtmlReaderOptions.Default) is { } article && root.Contains(article))
            (root, found) = (article, article != root);
        var notes = new HtmlNotes(page.DocumentElement);
        var ids = notes.Notes.Select((n, i) => (n, Id: HtmlNotes.IdOf(n, i))).ToDictionary(x => x.n, x => x.Id);
        var inlines = new HtmlInlines(notes, note => ids[note], new HtmlClassStyles(page), HtmlLinks.LinkedIds(page, Chrome, notes));
        var titleBlock = page.QuerySelector("header.title-block, header#title-block-header");
        var metadata = titleBlock is null ? null : ReadTitleBlock(titleBlock, page);

        var blocks = new HtmlBlocks(inlines, notes, Chrome, images);
        var candidates = blocks.Read(root, titleBlock);
        // The title block's document labels ("…会议文件（十）", printed over the title) open the document.
        if (titleBlock is not null)
            candidates.InsertRange(0, titleBlock.QuerySelectorAll("p.document-label").Select(label => (Candidate)new ParagraphCandidate(
                RecoveredText.FromInlines(inlines.Of(label)).Trim(), HtmlBlocks.At(label), Role: ParagraphRole.DocumentLabel)));
        // A page's h1 above its content is the report's title; above an article found by its text, it is the site's name.
        if (metadata is null && !found && root.QuerySelector("h1") is null && page.QuerySelector("h1") is { } pageTitle)
            candidates.Insert(0, new ParagraphCandidate(RecoveredText.FromInlines(inlines.Of(pageTitle)).Trim(), HtmlBlocks.At(pageTitle)));
        candidates.AddRange(notes.Notes.Select((note, i) => (Candidate)new FootnoteCandidate(i + 1, ids[note],
            RecoveredText.FromInlines(inlines.Of(note)).Trim(), HtmlBlocks.At(note), ids[note])));
        if (!candidates.Any(c => c is ParagraphCandidate or HeadingCandidate or TableCandidate or ListCandidate or FigureCandidate))
            throw new ReportReadException("the page holds no report text");
        return (new DecodedReport(candidates, metadata, PageBreaks: false), images, diagnostics);
    }

    private static Metadata ReadTitleBlock(IElement header, IDocument page)
    {
        string? Text(string selector) => header.QuerySelector(selector)?.TextContent.Trim() is { Length: > 0 } t ? t : null;
        string? date = header.QuerySelector("time[datetime]")?.GetAttribute("datetime") ?? TitleBlockRecognizer.FindDate([Text(".date") ?? ""]);
        return new Metadata(Text("h1, .title"), Text(".subtitle"), Text(".author"), date,
            page.DocumentElement.GetAttribute("lang") ?? "");
    }
}
