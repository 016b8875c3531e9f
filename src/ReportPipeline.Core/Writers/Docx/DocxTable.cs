using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// A Word table: merged cells as gridSpan (across) and vMerge (down); header rows repeat on every page. Columns are
/// as wide as their content asks (<see cref="DocxColumnWidths"/>) and the table autofits; no row splits across a page
/// and every row but the last keeps with the next, so a table that fits on a page is never split.
/// </summary>
internal static class DocxTable
{
    public static W.Table Build(Model.Table table, DocxContent content, int textWidth, int tableHalfPoints)
    {
        var rows = table.Header.Concat(table.Body).ToList();
        var grid = Model.TableGrid.Build(rows);
        var widths = DocxColumnWidths.Of(grid, textWidth, tableHalfPoints * 10 / 2);
        var result = new W.Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Autofit }),
            new W.TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));

        for (int r = 0; r < grid.RowCount; r++)
        {
            bool header = r < table.Header.Count, last = r == grid.RowCount - 1;
            var row = new W.TableRow(new TableRowProperties([new CantSplit(), .. header ? new[] { new TableHeader() } : []]));
            for (int c = 0; c < grid.ColumnCount; c++)
            {
                var slot = grid[r, c];
                if (slot is not null && slot.OriginColumn != c) continue; // covered by a span from the left
                int span = slot?.Cell.ColumnSpan ?? 1;
                int width = widths.Skip(c).Take(span).Sum();
                var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
                if (span > 1) props.Append(new GridSpan { Val = span });
                if (slot is not null && slot.Cell.RowSpan > 1)
                    props.Append(new VerticalMerge { Val = slot.IsOrigin ? MergedCellValues.Restart : MergedCellValues.Continue });
                props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var paragraph = DocxContent.Styled(header ? "TableHeading" : "TableText",
                    slot is { IsOrigin: true } ? content.Runs(slot.Cell.Content, bold: false) : []);
                if (!last) paragraph.ParagraphProperties!.KeepNext = new KeepNext();
                row.Append(new W.TableCell(props, paragraph));
            }
            result.Append(row);
        }
        return result;
    }
}
