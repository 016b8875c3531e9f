namespace ReportPipeline.Structure.Conventions;

/// <summary>
/// Which rows of a table are its header when the format does not say (no thead, no repeated Word row): the first row,
/// and the rows its merged cells reach into, so no merged cell straddles header and body.
/// </summary>
public static class TableHeaderRows
{
    /// <param name="firstRowSpans">The row spans of the first row's cells.</param>
    /// <param name="rowCount">How many rows the table has.</param>
    public static int Implicit(IEnumerable<int> firstRowSpans, int rowCount) =>
        rowCount <= 1 ? rowCount : Math.Min(Math.Max(1, firstRowSpans.DefaultIfEmpty(1).Max()), rowCount);
}
