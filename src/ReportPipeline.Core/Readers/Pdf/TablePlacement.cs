namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Where a page's tables go in its text, read column by column: a table inside one column goes into that column's
/// text where it stands, after the column's last line above it; a table standing across columns goes before the first
/// line read below its top.
/// </summary>
internal static class TablePlacement
{
    /// <param name="lines">The page's body lines in reading order, column by column, each with its column.</param>
    /// <param name="tables">The page's tables.</param>
    public static List<PdfFlowItem> Place(List<PdfLine> lines, IEnumerable<PdfTable> tables)
    {
        // slot i: before lines[i]; several tables in one slot keep their order from the top of the page.
        var slots = tables.OrderByDescending(t => t.Top).Select(t => (Table: t, Slot: Slot(lines, t))).ToList();
        var flow = new List<PdfFlowItem>(lines.Count + slots.Count);
        for (int i = 0; i <= lines.Count; i++)
        {
            flow.AddRange(slots.Where(s => s.Slot == i).Select(s => new FlowTable(s.Table)));
            if (i < lines.Count) flow.Add(new FlowLine(lines[i]));
        }
        return flow;
    }

    private static int Slot(List<PdfLine> lines, PdfTable table)
    {
        int below = lines.FindIndex(l => l.Baseline < table.Top);
        int column = ColumnOf(lines, table);
        if (column < 0) return below < 0 ? lines.Count : below;
        int above = lines.FindLastIndex(l => l.Column == column && l.Baseline >= table.Top);
        if (above >= 0) return above + 1;
        int first = lines.FindIndex(l => l.Column == column && l.Baseline < table.Top);
        return first >= 0 ? first : below < 0 ? lines.Count : below;
    }

    /// <summary>
    /// The column the table stands in, or -1 when it stands across columns. A column's extent is where its lines
    /// usually start and end (medians, so that a title spanning the columns does not widen the first).
    /// </summary>
    private static int ColumnOf(List<PdfLine> lines, PdfTable table)
    {
        var columns = lines.GroupBy(l => l.Column).Select(g => (Column: g.Key, Left: Median(g.Select(l => l.Left)), Right: Median(g.Select(l => l.Right)))).ToList();
        if (columns.Count <= 1 || table.Right <= table.Left) return columns.Count == 1 ? columns[0].Column : -1;
        var over = columns.Where(c => Math.Min(c.Right, table.Right) - Math.Max(c.Left, table.Left) > (c.Right - c.Left) * 0.25).ToList();
        if (over.Count >= 2) return -1;
        double centre = (table.Left + table.Right) / 2;
        return over.Count == 1 ? over[0].Column : columns.MinBy(c => Math.Abs((c.Left + c.Right) / 2 - centre)).Column;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
