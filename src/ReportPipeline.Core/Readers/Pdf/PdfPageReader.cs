using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// One page through the glyph, ruled-table, line, aligned-table and reading-order stages. A page with no text layer gives a warning
/// naming it; a page on which a stage fails gives a warning and the page's plain text as PdfPig extracts it, so no
/// page is lost without a word and one odd page never stops the document.
/// </summary>
internal static class PdfPageReader
{
    public static (List<PdfTable> Tables, List<PdfLine> Lines) Read(PdfPageContent page, PdfReaderOptions options, List<Diagnostic> warnings)
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
            // Tables without rulings are found on the page's rows before the reading order splits them into columns.
            // A contents page (entries ending in page numbers) is the document's own contents list, no part of the body.
            var rows = ContentsListDetector.Remove(PdfLineBuilder.Build(outside, page.Number, options.Lines), page.Number, options.Contents, warnings);
            var (aligned, text) = AlignedTableDetector.Detect(rows, page.Number, options.AlignedTables);
            return ([.. tables.Concat(aligned).OrderByDescending(t => t.Top)], ReadingOrder.Order(text, page.Width));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            warnings.Add(new Diagnostic(DiagnosticSeverity.Warning, "pdf-page-stage-failed",
                $"page {page.Number} could not be laid out ({e.GetType().Name}: {e.Message.Split('\n')[0]}); its plain text is kept",
                SourceSpan.Line(1, page.Number)));
            return ([], [PlainTextLine(page)]);
        }
    }

    /// <summary>The page's text as PdfPig extracts it, as one line at the top of the page.</summary>
    private static PdfLine PlainTextLine(PdfPageContent page)
    {
        string text = string.Concat((page.PlainText ?? string.Concat(page.Glyphs.Select(g => g.Value))).Where(c => !char.IsControl(c)));
        double size = page.Glyphs.Select(g => g.Size).DefaultIfEmpty(10).Max();
        return new PdfLine(text.Trim(), 0, page.Width, page.Height * 0.5, size, false, page.Number);
    }
}
