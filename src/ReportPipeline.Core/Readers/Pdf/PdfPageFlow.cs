using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>The pages read up to their lines: each page without its glyphs, its ruled tables, its lines and its figures.</summary>
internal sealed record PdfPagesRead(List<PdfPageContent> Pages, List<PdfTable> Ruled, List<PdfLine> Lines, List<PdfFigureRegion> Figures);

/// <summary>
/// The pages through their first steps one at a time — glyphs, figures, ruled tables and lines — each page's glyphs let
/// go once its lines are built, so a long document holds one page of glyphs at a time (a 2,000-page PDF holding all its
/// glyphs took 1.2 GB). The figure stage judges a page by facts of the whole document (a picture drawn on several pages
/// is an ornament; the body and largest text sizes): those facts are gathered as the pages pass, and only a page that
/// may hold a figure waits for them, kept whole up to <see cref="PdfFigureOptions.HeldGlyphs"/> glyphs and read a
/// second time beyond that. Pages, tables, lines, warnings and figures come out in page order.
/// </summary>
internal static class PdfPageFlow
{
    private sealed record PageRead(PdfPageContent Page, List<PdfTable> Ruled, List<PdfLine> Lines, List<Diagnostic> Warnings, List<PdfFigureRegion> Figures);

    public static PdfPagesRead Read(byte[] content, PdfReaderOptions options, List<Diagnostic> warnings)
    {
        var facts = new FigureDocumentFacts();
        var read = new List<PageRead?>();
        var held = new Dictionary<int, PdfPageContent>();
        var found = new Dictionary<int, PageFigureCandidates>(); // a held page's figure candidates, found once
        var again = new List<int>();
        long heldGlyphs = 0;
        foreach (var page in PdfLetterExtractor.Pages(content, options.Glyphs))
        {
            facts.Add(page);
            var candidates = FigureRegionDetector.Candidates(page, options.Figures);
            if (!candidates.Any)
            {
                read.Add(Lines(page, [], options));
                continue;
            }
            if (heldGlyphs + page.Glyphs.Count <= options.Figures.HeldGlyphs)
            {
                held[read.Count] = page;
                found[read.Count] = candidates;
                heldGlyphs += page.Glyphs.Count;
            }
            else again.Add(page.Number);
            read.Add(null);
        }
        using var readAgain = PdfLetterExtractor.Pages(content, again, options.Glyphs).GetEnumerator();
        for (int i = 0; i < read.Count; i++)
        {
            if (read[i] is not null) continue;
            if (!held.Remove(i, out var page))
            {
                readAgain.MoveNext();
                page = readAgain.Current;
            }
            var (stripped, figures) = FigureRegionDetector.Detect(page, options.Figures, facts, found.GetValueOrDefault(i));
            read[i] = Lines(stripped, figures, options);
        }
        warnings.AddRange(read.SelectMany(r => r!.Warnings));
        return new PdfPagesRead([.. read.Select(r => r!.Page)], [.. read.SelectMany(r => r!.Ruled)], [.. read.SelectMany(r => r!.Lines)],
            [.. read.SelectMany(r => r!.Figures)]);
    }

    /// <summary>The page's ruled tables and lines; the page is kept without its glyphs (they live on in its lines and tables).</summary>
    private static PageRead Lines(PdfPageContent page, List<PdfFigureRegion> figures, PdfReaderOptions options)
    {
        var warnings = new List<Diagnostic>();
        var (ruled, lines) = PdfPageReader.ReadLines(page, options, warnings);
        return new PageRead(page with { Glyphs = [] }, ruled, lines, warnings, figures);
    }
}
