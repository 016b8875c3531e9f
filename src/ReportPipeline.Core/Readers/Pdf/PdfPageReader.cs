using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// One page through the layout stages, in two steps with the document's furniture found between them: first glyphs,
/// ruled tables and lines (<see cref="ReadLines"/>), then, once running heads and page numbers have left the page,
/// tables without rulings and the reading order (<see cref="Lay"/>). A page with no text layer gives a warning naming
/// it; a page on which a stage fails gives a warning and the page's plain text as PdfPig extracts it, so no page is
/// lost without a word and one odd page never stops the document.
/// </summary>
internal static class PdfPageReader
{
    /// <summary>Both steps on one page, with no furniture taken out between them.</summary>
    public static (List<PdfTable> Tables, List<PdfLine> Lines) Read(PdfPageContent page, PdfReaderOptions options, List<Diagnostic> warnings)
    {
        var (ruled, lines) = ReadLines(page, options, warnings);
        var (aligned, ordered) = Lay(page, lines, options, warnings);
        return ([.. ruled.Concat(aligned).OrderByDescending(t => t.Top)], ordered);
    }

    /// <summary>Glyphs, ruled tables and the page's lines (not yet in reading order).</summary>
    public static (List<PdfTable> Tables, List<PdfLine> Lines) ReadLines(PdfPageContent page, PdfReaderOptions options, List<Diagnostic> warnings)
    {
        if (page.Glyphs.All(g => string.IsNullOrWhiteSpace(g.Value)))
        {
            warnings.Add(new Diagnostic(DiagnosticSeverity.Warning, "pdf-page-without-text",
                $"page {page.Number} has no text layer (a scanned or drawn page?); its content is not read", SourceSpan.Line(1, page.Number)));
            return ([], []);
        }
        try
        {
            var glyphs = PdfGlyphCleaner.Clean(page.Glyphs, options.Glyphs);
            var (tables, outside) = RulingTableDetector.Detect(page with { Glyphs = glyphs }, options.Tables, options.Lines);
            // A contents page (entries ending in page numbers) is the document's own contents list, no part of the body.
            return (tables, ContentsListDetector.Remove(PdfLineBuilder.Build(outside, page.Number, options.Lines, options.ReadingOrder), page.Number, options.Contents, warnings));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return ([], [Failed(page, e, warnings)]);
        }
    }

    /// <summary>
    /// Tables without rulings, found on the page's rows before the reading order splits them into columns (and after
    /// the furniture left, so that a page number under a table never becomes its last row), then the reading order.
    /// </summary>
    public static (List<PdfTable> Tables, List<PdfLine> Lines) Lay(PdfPageContent page, List<PdfLine> lines, PdfReaderOptions options, List<Diagnostic> warnings)
    {
        try
        {
            var (aligned, text) = AlignedTableDetector.Detect(lines, page.Number, options.AlignedTables);
            return (aligned, ReadingOrder.Order(text, page.Width, options.ReadingOrder));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return ([], [Failed(page, e, warnings)]);
        }
    }

    private static PdfLine Failed(PdfPageContent page, Exception e, List<Diagnostic> warnings)
    {
        warnings.Add(new Diagnostic(DiagnosticSeverity.Warning, "pdf-page-stage-failed",
            $"page {page.Number} could not be laid out ({e.GetType().Name}: {e.Message.Split('\n')[0]}); its plain text is kept",
            SourceSpan.Line(1, page.Number)));
        return PlainTextLine(page);
    }

    private static string PlainText(PdfPageContent page) =>
        string.Concat((page.PlainText ?? string.Concat(page.Glyphs.Select(g => g.Value))).Where(c => !char.IsControl(c))).Trim();

    /// <summary>The page's text as PdfPig extracts it, as one line at the middle of the page.</summary>
    private static PdfLine PlainTextLine(PdfPageContent page)
    {
        double size = page.Glyphs.Select(g => g.Size).DefaultIfEmpty(10).Max();
        return new PdfLine(PlainText(page), 0, page.Width, page.Height * 0.5, size, false, page.Number);
    }
}
