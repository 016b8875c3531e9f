using System.Text.RegularExpressions;
using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Tables from tab-separated rows: parts of one table split by a page break are put back together (a repeated
/// header is dropped), a short line right before the table is its caption, and the header's spans are recovered
/// from its empty cells: an empty cell under a header cell continues it downwards, an empty cell beside a header
/// cell with sub-headings below continues it to the right. A table a structured format delivered whole only
/// gets its caption here.
/// </summary>
internal static partial class TableAssembler
{
    public static List<Candidate> Assemble(List<Candidate> flow, StructureOptions options)
    {
        var result = new List<Candidate>(flow.Count);
        foreach (var candidate in MergeContinuations(flow))
        {
            var table = candidate switch
            {
                TableRowsCandidate rows => Build(rows.Rows, null, rows.Source),
                TableCandidate whole => whole,
                _ => null,
            };
            if (table is null) { result.Add(candidate); continue; }
            if (table.Caption is null && CaptionAt(result, options) is int at && result[at] is ParagraphCandidate p)
            {
                table = table with { Caption = p.Text, Source = p.Source.Through(table.Source) };
                result.RemoveAt(at);
            }
            result.Add(table);
        }
        return result;
    }

    /// <summary>
    /// Rows of the same width that follow each other are one table; a repeated header is dropped, and a row cut by the
    /// page break (its second part has no label in the first column) is joined back.
    /// </summary>
    private static List<Candidate> MergeContinuations(List<Candidate> flow)
    {
        var result = new List<Candidate>(flow.Count);
        foreach (var candidate in flow)
        {
            if (candidate is TableRowsCandidate rows && result.Count > 0 && result[^1] is TableRowsCandidate previous
                && previous.Width == rows.Width)
            {
                int headerRows = HeaderRowCount(previous.Rows);
                bool repeatsHeader = rows.Rows.Count > headerRows
                    && rows.Rows.Take(headerRows).SequenceEqual(previous.Rows.Take(headerRows), RowComparer);
                var added = (repeatsHeader ? rows.Rows.Skip(headerRows) : rows.Rows).ToList();
                var merged = previous.Rows.ToList();
                // A row the page break cut in two: its part on the new page has no row label.
                if (added.Count > 0 && added[0].Count > 0 && added[0][0].Length == 0 && merged.Count > headerRows && merged[^1][0].Length > 0)
                {
                    var (upper, lower) = (merged[^1], added[0]);
                    merged[^1] = Enumerable.Range(0, Math.Max(upper.Count, lower.Count))
                        .Select(c => CjkText.JoinFragments(Cell(upper, c), Cell(lower, c))).ToList();
                    added.RemoveAt(0);
                }
                result[^1] = new TableRowsCandidate([.. merged, .. added], previous.Source.Through(rows.Source));
                continue;
            }
            result.Add(candidate);
        }
        return result;
    }

    /// <summary>A table's unit line: "单位：万元", "（単位：百万円）", "Unit: USD".</summary>
    [GeneratedRegex(@"^[（(]?\s*(计量)?[单単]位\s*[：:]|^[（(]?\s*Units?\s*[：:]")]
    private static partial Regex UnitLine();

    /// <summary>
    /// Where the table's caption stands: a labelled caption ("表2 …", "Table 3: …") even with a figure or the unit line
    /// between it and the table (the caption belongs right above its table), else a short line right before the table.
    /// </summary>
    private static int? CaptionAt(List<Candidate> result, StructureOptions options)
    {
        for (int i = result.Count - 1; i >= 0 && i >= result.Count - 3; i--)
        {
            if (result[i] is ParagraphCandidate p && ReportConventions.IsTableCaption(p.Text.Plain) && IsCaption(p.Text.Plain, options)) return i;
            if (result[i] is not FigureCandidate && !(result[i] is ParagraphCandidate unit && UnitLine().IsMatch(unit.Text.Plain))) break;
        }
        return result.Count > 0 && result[^1] is ParagraphCandidate last && IsCaption(last.Text.Plain, options) ? result.Count - 1 : null;
    }

    /// <summary>A short line that is no sentence and names something: a line of figures alone (a date "2024. 02") names nothing.</summary>
    public static bool IsCaption(string text, StructureOptions options) =>
        text.Length <= options.LengthLimit(options.MaxCaptionLength, text) && !Sentences.EndsSentence(text) && text.Any(char.IsLetter);

    private static readonly IEqualityComparer<IReadOnlyList<string>> RowComparer =
        EqualityComparer<IReadOnlyList<string>>.Create((a, b) => a!.SequenceEqual(b!), r => r.Count);

    /// <summary>The first row is a header; rows after it whose first cell is empty are header rows too.</summary>
    public static int HeaderRowCount(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (rows.Count == 0 || string.IsNullOrEmpty(Cell(rows[0], 0))) return rows.Count > 0 ? 1 : 0;
        int count = 1;
        while (count < rows.Count - 1 && string.IsNullOrEmpty(Cell(rows[count], 0))) count++;
        return count;
    }

    public static TableCandidate Build(IReadOnlyList<IReadOnlyList<string>> rows, RecoveredText? caption, SourceSpan source)
    {
        int width = rows.Max(r => r.Count);
        int headerCount = HeaderRowCount(rows);
        var header = SpanHeader(rows.Take(headerCount).ToList(), width);
        var body = rows.Skip(headerCount)
            .Select(r => (IReadOnlyList<RawCell>)Enumerable.Range(0, width).Select(c => new RawCell(RecoveredText.FromPlain(Cell(r, c)))).ToList())
            .ToList();
        return new TableCandidate(caption, header, body, source);
    }

    private static List<IReadOnlyList<RawCell>> SpanHeader(List<IReadOnlyList<string>> rows, int width)
    {
        int height = rows.Count;
        var covered = new bool[height, width];
        var result = new List<IReadOnlyList<RawCell>>();
        for (int r = 0; r < height; r++)
        {
            var cells = new List<RawCell>();
            for (int c = 0; c < width; c++)
            {
                if (covered[r, c]) continue;
                string text = Cell(rows[r], c);
                int colSpan = 1, rowSpan = 1;
                if (text.Length > 0)
                {
                    while (c + colSpan < width && Cell(rows[r], c + colSpan).Length == 0 && !covered[r, c + colSpan]
                           && Enumerable.Range(r + 1, height - r - 1).Any(below => Cell(rows[below], c + colSpan).Length > 0))
                        colSpan++;
                    while (r + rowSpan < height
                           && Enumerable.Range(c, colSpan).All(col => Cell(rows[r + rowSpan], col).Length == 0))
                        rowSpan++;
                }
                for (int dr = 0; dr < rowSpan; dr++)
                    for (int dc = 0; dc < colSpan; dc++)
                        covered[r + dr, c + dc] = true;
                cells.Add(new RawCell(RecoveredText.FromPlain(text), rowSpan, colSpan));
            }
            result.Add(cells);
        }
        return result;
    }

    private static string Cell(IReadOnlyList<string> row, int column) => column < row.Count ? row[column] : "";
}
