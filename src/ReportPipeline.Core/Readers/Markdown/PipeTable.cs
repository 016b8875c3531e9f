using ReportPipeline.Model;
using Inline = ReportPipeline.Model.Inline;
using ReportPipeline.Structure;
using ReportPipeline.Writers.Markdown;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using MdTableCell = Markdig.Extensions.Tables.TableCell;

namespace ReportPipeline.Readers.Markdown;

/// <summary>
/// A pipe table. Header cells that join levels with "·" ("完成情况·绝对值", "完成情况·增速") become header rows again:
/// neighbouring columns sharing a level become one cell spanning them; a column with fewer levels spans the rows below.
/// Only in a file this product wrote (its front matter says so): elsewhere "·" is text ("马克·吐温").
/// </summary>
internal static class PipeTable
{
    public static TableCandidate Read(MdTable table, SourceSpan source, bool splitLevels)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var headerRow = rows.FirstOrDefault(r => r.IsHeader);
        var headerCells = headerRow?.OfType<MdTableCell>().Select(CellInlines).ToList() ?? [];
        var header = headerRow is null ? []
            : splitLevels ? SplitHeader(headerCells)
            : headerCells.Count == 0 ? [] : [headerCells.Select(c => new RawCell(RecoveredText.FromInlines(c))).ToList()];
        var body = rows.Where(r => !r.IsHeader)
            .Select(r => (IReadOnlyList<RawCell>)r.OfType<MdTableCell>().Select(c => new RawCell(RecoveredText.FromInlines(CellInlines(c)))).ToList())
            .ToList();
        return new TableCandidate(null, header, body, source);
    }

    private static ValueList<Inline> CellInlines(MdTableCell cell) =>
        Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.ParagraphBlock>(cell).Select(p => MarkdownInlines.Convert(p.Inline)).FirstOrDefault() ?? [];

    public static List<IReadOnlyList<RawCell>> SplitHeader(IReadOnlyList<ValueList<Inline>> cells)
    {
        if (cells.Count == 0) return []; // a header row Markdig found no cells in
        var levels = cells.Select(SplitLevels).ToList();
        int depth = Math.Max(1, levels.Max(l => l.Count));
        var rows = new List<IReadOnlyList<RawCell>>();
        for (int r = 0; r < depth; r++)
        {
            var row = new List<RawCell>();
            for (int c = 0; c < levels.Count; c++)
            {
                if (levels[c].Count <= r) { if (r == 0) row.Add(new RawCell(RecoveredText.FromPlain(""), depth)); continue; }
                int span = 1;
                while (c + span < levels.Count && levels[c + span].Count > r && SamePrefix(levels[c], levels[c + span], r + 1) && r + 1 < levels[c].Count)
                    span++;
                int rowSpan = r == levels[c].Count - 1 ? depth - r : 1;
                row.Add(new RawCell(RecoveredText.FromInlines(levels[c][r]), rowSpan, span));
                c += span - 1;
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>The levels of a joined header cell: its inlines cut at each separator in its plain text.</summary>
    private static List<ValueList<Inline>> SplitLevels(ValueList<Inline> cell)
    {
        string plain = cell.PlainText();
        var parts = new List<ValueList<Inline>>();
        int start = 0;
        for (int i = plain.IndexOf(MarkdownReportWriter.HeaderLevelSeparator, StringComparison.Ordinal); i >= 0;
             i = plain.IndexOf(MarkdownReportWriter.HeaderLevelSeparator, start, StringComparison.Ordinal))
        {
            parts.Add(InlineSlicer.Slice(cell, start, i));
            start = i + MarkdownReportWriter.HeaderLevelSeparator.Length;
        }
        parts.Add(InlineSlicer.Slice(cell, start, plain.Length));
        return parts;
    }

    private static bool SamePrefix(List<ValueList<Inline>> a, List<ValueList<Inline>> b, int count) =>
        a.Take(count).SequenceEqual(b.Take(count));
}
