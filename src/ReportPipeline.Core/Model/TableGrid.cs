namespace ReportPipeline.Model;

/// <summary>
/// The rectangular grid of a table's rows: every position knows the cell that covers it and whether
/// it is that cell's origin (top-left). Shared by every writer that needs column positions.
/// </summary>
public sealed class TableGrid
{
    private readonly GridSlot?[,] slots;

    private TableGrid(GridSlot?[,] slots) => this.slots = slots;

    public int RowCount => slots.GetLength(0);
    public int ColumnCount => slots.GetLength(1);

    /// <summary>The slot at a position, or null where a short row leaves it empty.</summary>
    public GridSlot? this[int row, int column] => slots[row, column];

    public static TableGrid Build(IReadOnlyList<TableRow> rows)
    {
        var placed = new Dictionary<(int Row, int Column), GridSlot>();
        int width = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            int c = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (placed.ContainsKey((r, c))) c++;
                for (int dr = 0; dr < Math.Max(1, cell.RowSpan); dr++)
                    for (int dc = 0; dc < Math.Max(1, cell.ColumnSpan); dc++)
                        placed[(r + dr, c + dc)] = new GridSlot(cell, r, c, IsOrigin: dr == 0 && dc == 0);
                c += Math.Max(1, cell.ColumnSpan);
                width = Math.Max(width, c);
            }
        }
        var slots = new GridSlot?[rows.Count, width];
        foreach (var ((r, c), slot) in placed)
            if (r < rows.Count) slots[r, c] = slot;
        return new TableGrid(slots);
    }

    public static int ColumnCountOf(Table table) => Build([.. table.Header, .. table.Body]).ColumnCount;
}

/// <param name="OriginRow">Row of the covering cell's top-left position.</param>
/// <param name="OriginColumn">Column of the covering cell's top-left position.</param>
public sealed record GridSlot(TableCell Cell, int OriginRow, int OriginColumn, bool IsOrigin);
