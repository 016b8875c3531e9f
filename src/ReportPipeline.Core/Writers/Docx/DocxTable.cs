using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Writers.Docx;

/// <summary>A Word table: merged cells as gridSpan (across) and vMerge (down); header rows repeat on every page.</summary>
internal static class DocxTable
{
    private const int TextWidth = 8844; // twips between the page margins of DocxReportWriter

    public static W.Table Build(Model.Table table, DocxContent content)
    {
        var rows = table.Header.Concat(table.Body).ToList();
        var grid = Model.TableGrid.Build(rows);
        int columnWidth = TextWidth / Math.Max(1, grid.ColumnCount);
        var result = new W.Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new W.TableGrid(Enumerable.Range(0, grid.ColumnCount).Select(_ => new GridColumn { Width = columnWidth.ToString() })));

        for (int r = 0; r < grid.RowCount; r++)
        {
            bool header = r < table.Header.Count;
            var row = new W.TableRow();
            if (header) row.Append(new TableRowProperties(new TableHeader()));
            for (int c = 0; c < grid.ColumnCount; c++)
            {
                var slot = grid[r, c];
                if (slot is not null && slot.OriginColumn != c) continue; // covered by a span from the left
                int span = slot?.Cell.ColumnSpan ?? 1;
                var props = new TableCellProperties(new TableCellWidth { Width = (columnWidth * span).ToString(), Type = TableWidthUnitValues.Dxa });
                if (span > 1) props.Append(new GridSpan { Val = span });
                if (slot is not null && slot.Cell.RowSpan > 1)
                    props.Append(new VerticalMerge { Val = slot.IsOrigin ? MergedCellValues.Restart : MergedCellValues.Continue });
                props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var paragraph = DocxContent.Styled(header ? "TableHeading" : "TableText",
                    slot is { IsOrigin: true } ? content.Runs(slot.Cell.Content, bold: false) : []);
                row.Append(new W.TableCell(props, paragraph));
            }
            result.Append(row);
        }
        return result;
    }
}
