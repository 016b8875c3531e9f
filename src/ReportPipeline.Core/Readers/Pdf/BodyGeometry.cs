namespace ReportPipeline.Readers.Pdf;

/// <summary>The text geometry of a document's body: where the lines of each column start and end, how far apart they are.</summary>
/// <param name="Columns">The edges of each column over the document (a column's number is counted on its own page).</param>
internal sealed record BodyGeometry(IReadOnlyDictionary<int, (double Left, double Right)> Columns, double Pitch, double Size)
{
    /// <summary>The edges of each column on a page that holds enough of its paragraph lines to tell them: a page's column 0
    /// is the left column of a page set in two and the whole measure of a page set in one, so one document-wide figure
    /// per column number mixes the two.</summary>
    public IReadOnlyDictionary<(int Page, int Column), (double Left, double Right)> PageColumns { get; init; } =
        new Dictionary<(int, int), (double, double)>();

    /// <summary>The edges of the line's column (the page's own for a line of the body's size, where it has them); for a
    /// line of a band read across the columns (a title block over them), the edges of all the columns together, so that a
    /// title centred on the page is centred.</summary>
    public (double Left, double Right) Of(PdfLine line) =>
        line.Column == ReadingOrder.AcrossColumns ? (Columns.Values.Min(c => c.Left), Columns.Values.Max(c => c.Right))
        : Math.Abs(line.Size - Size) < 0.6 && PageColumns.TryGetValue((line.Page, line.Column), out var own) ? own
        : Columns.TryGetValue(line.Column, out var edges) ? edges : Columns.Values.First();

    /// <summary>
    /// Where body lines of each column usually start and end, their usual size and pitch. The body size is the size with
    /// most text. On a page set in columns, a column with at least <see cref="PdfParagraphOptions.ColumnLines"/> lines
    /// that form paragraphs with a neighbour (one pitch above or below in the same column, starting level with it or set
    /// in as a first line is) has edges of its own, measured on those lines: the rows of a table nobody found on another
    /// page, set wider than a column and counted in column 0 there, do not stretch this page's left column.
    /// </summary>
    public static BodyGeometry Measure(List<PdfLine> lines, PdfParagraphOptions o)
    {
        if (lines.Count == 0) throw new Decoding.ReportReadException("the PDF holds no text outside its page headers and footers");
        double size = lines.GroupBy(l => Math.Round(l.Size)).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().First().Size;
        var body = lines.Where(l => Math.Abs(l.Size - size) < 0.6).ToList();
        if (body.Count == 0) body = lines;
        var pitches = body.Zip(body.Skip(1)).Where(p => p.First.Page == p.Second.Page)
            .Select(p => Math.Round(p.First.Baseline - p.Second.Baseline, 1)).Where(d => d > 0).ToList();
        double pitch = pitches.Count == 0 ? size * 1.5 : pitches.GroupBy(d => d).OrderByDescending(g => g.Count()).First().Key;
        var columns = body.GroupBy(l => l.Column).ToDictionary(g => g.Key, g => Edges(g.ToList()));
        var inColumns = lines.Where(l => l.Column > 0).Select(l => l.Page).ToHashSet();
        var pageColumns = FormingParagraphs(body, pitch, o).Where(l => inColumns.Contains(l.Page)).GroupBy(l => (l.Page, l.Column))
            .Select(g => (g.Key, Lines: WithinMeasure(g.ToList(), o))).Where(g => g.Lines.Count >= o.ColumnLines)
            .ToDictionary(g => g.Key, g => Edges(g.Lines));
        return new BodyGeometry(columns, pitch, size) { PageColumns = pageColumns };
    }

    /// <summary>The lines of a page's column no wider than <see cref="PdfParagraphOptions.ColumnWidthRatio"/> times their
    /// median width: a block set across the columns above them (an abstract over a two-column page), read into the first
    /// column, does not widen that column's measure, or every line of the column would end short.</summary>
    internal static List<PdfLine> WithinMeasure(List<PdfLine> lines, PdfParagraphOptions o)
    {
        var widths = lines.Select(l => l.Right - l.Left).Order().ToList();
        double median = widths[widths.Count / 2];
        return [.. lines.Where(l => l.Right - l.Left <= median * o.ColumnWidthRatio)];
    }

    /// <summary>The left edge most lines start at; the right edge the longest tenth of the lines reach.</summary>
    private static (double Left, double Right) Edges(List<PdfLine> lines)
    {
        double left = lines.GroupBy(l => Math.Round(l.Left)).OrderByDescending(x => x.Count()).ThenBy(x => x.Key).First().Key;
        double right = lines.Select(l => l.Right).OrderByDescending(r => r).Skip(lines.Count / 10).FirstOrDefault(left + 100);
        return (left, right);
    }

    /// <summary>Lines with a neighbour in reading order one pitch away in the same column, starting level with it (or set
    /// in by a first-line indent of at most <see cref="PdfParagraphOptions.IndentShare"/> sizes and a little more).</summary>
    internal static List<PdfLine> FormingParagraphs(List<PdfLine> body, double pitch, PdfParagraphOptions o)
    {
        bool Pair(PdfLine a, PdfLine b) => a.Page == b.Page && a.Column == b.Column
            && a.Baseline - b.Baseline is var step && step > pitch * 0.8 && step < pitch * o.GapRatio * 1.1
            && Math.Abs(a.Left - b.Left) <= a.Size * (o.IndentShare + 1);
        var formed = new List<PdfLine>();
        for (int i = 0; i < body.Count; i++)
            if (i > 0 && Pair(body[i - 1], body[i]) || i + 1 < body.Count && Pair(body[i], body[i + 1])) formed.Add(body[i]);
        return formed;
    }
}
