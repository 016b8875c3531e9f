using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Model;
using ReportPipeline.Structure;
using ReportPipeline.Structure.Conventions;
using M = ReportPipeline.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// A Word table: gridSpan becomes a column span, a vMerge run becomes one cell with a row span. Rows marked to
/// repeat (tblHeader) are the header, else the first row and the rows its merged cells reach into.
/// </summary>
internal static class DocxTables
{
    private sealed class Cell(RecoveredText text, int column, int columnSpan)
    {
        public RecoveredText Text { get; } = text;
        public int Column { get; } = column;
        public int ColumnSpan { get; } = columnSpan;
        public int RowSpan { get; set; } = 1;
    }

    public static TableCandidate Read(Table table, SourceSpan source, IReadOnlyDictionary<string, string> noteBookmarks, DocxStyleMap styles,
        DocxLinks? links = null)
    {
        var rows = new List<List<Cell>>();
        var rowsOf = RowsOf(table).ToList();
        foreach (var tr in rowsOf)
        {
            var row = new List<Cell>();
            int column = tr.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var tc in CellsOf(tr))
            {
                int span = tc.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = tc.TableCellProperties?.VerticalMerge;
                bool continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var above = continues ? rows.AsEnumerable().Reverse().Select(r => r.FirstOrDefault(c => c.Column == column)).FirstOrDefault(c => c is not null) : null;
                if (above is not null) above.RowSpan++;
                else row.Add(new Cell(CellText(tc, noteBookmarks, styles, links), column, span));
                column += span;
            }
            rows.Add(row);
        }

        int header = rowsOf.TakeWhile(tr => tr.TableRowProperties?.GetFirstChild<TableHeader>() is not null).Count();
        if (header == 0 && rows.Count > 0) header = TableHeaderRows.Implicit(rows[0].Select(c => c.RowSpan), rows.Count);
        header = Math.Min(header, rows.Count);
        static IReadOnlyList<RawCell> Raw(List<Cell> row) => row.Select(c => new RawCell(c.Text, c.RowSpan, c.ColumnSpan)).ToList();
        return new TableCandidate(null, rows.Take(header).Select(Raw).ToList(), rows.Skip(header).Select(Raw).ToList(), source);
    }

    /// <summary>The table's rows, also those wrapped in content controls or custom XML (each row once).</summary>
    public static IEnumerable<TableRow> RowsOf(DocumentFormat.OpenXml.OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableRow row) yield return row;
            else if (child is SdtRow or SdtContentRow or CustomXmlRow)
                foreach (var inner in RowsOf(child)) yield return inner;
        }
    }

    /// <summary>The row's cells, also those wrapped in content controls or custom XML.</summary>
    public static IEnumerable<TableCell> CellsOf(DocumentFormat.OpenXml.OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableCell cell) yield return cell;
            else if (child is SdtCell or SdtContentCell or CustomXmlCell)
                foreach (var inner in CellsOf(child)) yield return inner;
        }
    }

    /// <summary>
    /// A cell's paragraphs joined by a space (cells of reports hold one short paragraph, usually); the paragraphs of a
    /// table nested in the cell, of a content control or of a text box in it (once, after its anchor) are joined in too.
    /// </summary>
    private static RecoveredText CellText(TableCell cell, IReadOnlyDictionary<string, string> noteBookmarks, DocxStyleMap styles, DocxLinks? links)
    {
        var paragraphs = cell.Descendants<Paragraph>();
        var joined = paragraphs.Where(p => !DocxInlines.IsFallbackCopy(p)).Select(p => DocxInlines.Of(p, noteBookmarks, styles, links)).JoinParagraphs();
        return RecoveredText.FromInlines(joined).Trim();
    }
}
