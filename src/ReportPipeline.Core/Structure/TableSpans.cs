using ReportPipeline.Decoding;

namespace ReportPipeline.Structure;

/// <summary>
/// Spans as a reader found them, made to fit: at least one row and column, and no further down than the rows of
/// the section (as HTML clips a rowspan to its table section). A table whose cells would cover more grid
/// positions than <see cref="Budgets.MaxTableCells"/> is refused before any grid is built (a 1 KB Word file with
/// gridSpan="100000000", or colspan and rowspan of 1000 in every cell, would otherwise fill memory).
/// </summary>
internal static class TableSpans
{
    public static IReadOnlyList<IReadOnlyList<RawCell>> Fit(IReadOnlyList<IReadOnlyList<RawCell>> rows, ref long positions)
    {
        var budgets = Budgets.Current;
        var fitted = new List<IReadOnlyList<RawCell>>(rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            var row = new List<RawCell>(rows[r].Count);
            foreach (var cell in rows[r])
            {
                int rowSpan = Math.Clamp(cell.RowSpan, 1, rows.Count - r), columnSpan = Math.Max(1, cell.ColumnSpan);
                positions += (long)rowSpan * columnSpan;
                if (positions > budgets.MaxTableCells)
                    throw Budgets.Exceeded("a table's cells would cover more grid positions than a report table has", nameof(budgets.MaxTableCells), budgets.MaxTableCells);
                row.Add(rowSpan == cell.RowSpan && columnSpan == cell.ColumnSpan ? cell : cell with { RowSpan = rowSpan, ColumnSpan = columnSpan });
            }
            fitted.Add(row);
        }
        return fitted;
    }
}
