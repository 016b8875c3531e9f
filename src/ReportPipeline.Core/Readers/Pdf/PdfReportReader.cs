using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of the PDF reader: one per layout stage, each with its default.</summary>
internal sealed record PdfReaderOptions(
    RulingTableOptions Tables, PdfLineOptions Lines, FurnitureOptions Furniture, FootnoteZoneOptions Notes, PdfParagraphOptions Paragraphs)
{
    public static readonly PdfReaderOptions Default = new(RulingTableOptions.Default, PdfLineOptions.Default, FurnitureOptions.Default,
        FootnoteZoneOptions.Default, PdfParagraphOptions.Default);

    /// <summary>The glyph stage (overprints, control characters, ligatures).</summary>
    public PdfGlyphOptions Glyphs { get; init; } = PdfGlyphOptions.Default;

    /// <summary>Tables without rulings (right-aligned numbers in columns).</summary>
    public AlignedTableOptions AlignedTables { get; init; } = AlignedTableOptions.Default;

    /// <summary>Figures: pictures and drawn charts, with the labels around them and their captions.</summary>
    public PdfFigureOptions Figures { get; init; } = PdfFigureOptions.Default;

    /// <summary>Contents pages: entries ending in page numbers, left out of the body and the outline.</summary>
    public PdfContentsOptions Contents { get; init; } = PdfContentsOptions.Default;

    /// <summary>The title on page 1 and its byline.</summary>
    public PdfTitleOptions Title { get; init; } = PdfTitleOptions.Default;

    /// <summary>Reading order: when a page is set in columns and where its gutters are.</summary>
    public ReadingOrderOptions ReadingOrder { get; init; } = ReadingOrderOptions.Default;
}

/// <summary>
/// PDF reports read with PdfPig through a chain of layout stages — glyphs and rulings, ruled tables, lines (with
/// superscript markers and the style of each character), page furniture, footnote zones, reading order, paragraphs —
/// that hand the shared structure recovery blocks, as the Word and HTML readers do (<see cref="PdfCandidates"/>): rich
/// paragraphs with bold runs and note references, tables with their spans, notes with number and page, each located
/// by page and box. Recovery then finds the title block, headings, lead sentences and lists as for every other format.
/// </summary>
public sealed class PdfReportReader(StructureOptions? options = null) : IReportReader
{
    private readonly PdfReaderOptions pdf = PdfReaderOptions.Default;

    internal PdfReportReader(StructureOptions? options, PdfReaderOptions pdf) : this(options) => this.pdf = pdf;

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public ReportDocument Read(byte[] content)
    {
        var o = pdf; // word spaces are decided row by row (PdfLineBuilder), not once for the document
        var pageWarnings = new List<Diagnostic>();
        // Pages are read one at a time up to their lines; figures are judged with facts of the whole document (a picture on every page is an ornament).
        var (pages, ruled, lines, figures) = PdfPageFlow.Read(content, o, pageWarnings);
        // Running heads and page numbers leave the pages before tables without rulings and columns are looked for.
        var (pageText, furniture) = PageFurnitureDetector.Separate(lines, pages.ToDictionary(p => p.Number, p => p.Height), o.Furniture);
        var body = new List<PdfLine>();
        var tables = new List<PdfTable>(ruled);
        var textByPage = pageText.ToLookup(l => l.Page);
        foreach (var page in pages)
        {
            var (pageTables, pageLines) = PdfPageReader.Lay(page, textByPage[page.Number].ToList(), o, pageWarnings);
            tables.AddRange(pageTables);
            body.AddRange(pageLines);
        }
        // A document whose only text is its tables (a page that is one ruled table) is read for its tables.
        var geometry = body.Count == 0 && tables.Count > 0 ? new BodyGeometry(new Dictionary<int, (double, double)> { [0] = (0, pages[0].Width) }, 15, 10) : BodyGeometry.Measure(body, o.Paragraphs);

        var flow = new List<PdfFlowItem>();
        var notes = new List<PdfFootnote>();
        var linesByPage = body.ToLookup(l => l.Page);
        var tablesByPage = tables.OrderByDescending(t => t.Top).ToLookup(t => t.Page);
        foreach (var page in pages)
        {
            var pageTables = tablesByPage[page.Number].ToList();
            double floor = pageTables.Select(t => t.Bottom).DefaultIfEmpty(page.Height).Min();
            int first = notes.Count;
            // Each column has its own foot: a page set in columns keeps notes under the column that cites them.
            var text = new List<PdfLine>();
            var cited = FootnoteZoneDetector.CitedSymbols(linesByPage[page.Number]); // "Name*" above a "* …" note at the foot
            var foot = new PageFoot(page.Height, linesByPage[page.Number].ToList()); // a block set apart at a column's foot is an unmarked note
            foreach (var column in linesByPage[page.Number].GroupBy(BandKey()))
            {
                var (columnText, columnNotes) = FootnoteZoneDetector.Separate(column.ToList(), geometry.Size, floor, notes, o.Notes, Separator(page, pageTables), cited, foot);
                text.AddRange(columnText);
                notes.AddRange(columnNotes);
            }
            // Tables stand in the column, and at the height, where they are (a page whose only text is its tables still gives them).
            flow.AddRange(TablePlacement.Place(text, pageTables));
            if (notes.Count > first) flow.Add(new FlowNotes(first, notes.Count - first, page.Number));
        }
        var (paragraphs, images) = PdfFigureFlow.Place(PdfParagraphBuilder.Build(flow, geometry, o.Paragraphs), figures, o.Figures, pageWarnings);
        var document = StructureRecovery.Recover(PdfCandidates.Build(paragraphs, notes, geometry.Size, options, o.Paragraphs, o.Title, geometry,
            [.. pageWarnings.Where(d => d.Code == "pdf-contents-list" && d.Source is not null).Select(d => d.Source!)]), options);
        return document with { Furniture = document.Furniture.Concat(furniture).ToValueList(), Resources = images, Diagnostics = [.. pageWarnings, .. document.Diagnostics] };
    }

    /// <summary>
    /// The group a line's foot is looked for in: its column; a line read across the columns (<see cref="ReadingOrder.AcrossColumns"/>)
    /// by the band it stands in, so that a band under the columns (a bill's text under its cover box) keeps its place after them.
    /// </summary>
    private static Func<PdfLine, (int Column, int Band)> BandKey()
    {
        int band = 0;
        bool inColumns = false;
        return line =>
        {
            if (line.Column != ReadingOrder.AcrossColumns) { inColumns = true; return (line.Column, 0); }
            if (inColumns) { band++; inColumns = false; }
            return (line.Column, band);
        };
    }

    /// <summary>The short rule over a footnote zone: the highest rule in the lower part of the page, narrower than a column pair, outside tables.</summary>
    private static double? Separator(PdfPageContent page, List<PdfTable> tables) =>
        page.Rules.Where(r => r.IsHorizontal && r.Right - r.Left < page.Width * 0.45 && r.Top < page.Height * 0.4
                              && !tables.Any(t => r.Top <= t.Top + 2 && r.Bottom >= t.Bottom - 2))
            .Select(r => (double?)r.Top).Max();
}
