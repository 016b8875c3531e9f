using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Which rows above a borderless table's figures are its header, on hand-made lines.</summary>
public class AlignedTableHeaderTests
{
    private static PdfLine Cell(string text, double left, double right, double y) => new(text, left, right, y, 10, false, 1);

    private static IEnumerable<PdfLine> Row(string label, string a, string b, double y) =>
        [Cell(label, 50, 50 + label.Length * 5.5, y), Cell(a, 262 - a.Length * 5.5, 262, y), Cell(b, 340 - b.Length * 5.5, 340, y)];

    [Fact]
    public void A_table_set_close_under_another_takes_none_of_its_rows_for_a_header()
    {
        // Two tables one under the other, the second's column titles right under the first's last row.
        var lines = new List<PdfLine>();
        lines.AddRange(Row("Alpha", "1,110", "1,120", 700)); lines.AddRange(Row("Beta", "1,210", "1,220", 686)); lines.AddRange(Row("Gamma", "1,310", "1,320", 672));
        lines.Add(Cell("North", 236, 262, 656)); lines.Add(Cell("South", 314, 340, 656));
        lines.AddRange(Row("Delta", "1,410", "1,420", 642)); lines.AddRange(Row("Omega", "1,510", "1,520", 628)); lines.AddRange(Row("Sigma", "1,610", "1,620", 614));
        var (tables, text) = AlignedTableDetector.Detect(lines, 1, AlignedTableOptions.Default);
        Assert.Equal(2, tables.Count);
        Assert.Empty(text);
        Assert.Equal(["", "North", "South"], tables[1].Rows[0]);
        Assert.Equal(1, tables[1].HeaderRows);
        // No line stands in both tables.
        var first = tables[0].Cells!.SelectMany(c => c.Lines).ToHashSet();
        Assert.DoesNotContain(tables[1].Cells!.SelectMany(c => c.Lines), first.Contains);
    }

    [Fact]
    public void Rows_of_figures_too_few_to_make_a_table_are_no_header_of_the_table_under_them_but_years_are()
    {
        // Two rows of figures (fewer than a table needs), a line of column titles, then a table; then a second table whose
        // column titles stand under a row of years.
        var lines = new List<PdfLine>();
        lines.AddRange(Row("Kappa", "1,710", "1,720", 760)); lines.AddRange(Row("Lambda", "1,810", "1,820", 746));
        lines.Add(Cell("East", 240, 262, 732)); lines.Add(Cell("West", 318, 340, 732));
        lines.AddRange(Row("Delta", "1,410", "1,420", 718)); lines.AddRange(Row("Omega", "1,510", "1,520", 704)); lines.AddRange(Row("Sigma", "1,610", "1,620", 690));
        lines.Add(Cell("A paragraph of text between the two tables, long enough to be a line of the page.", 50, 500, 640));
        lines.Add(Cell("2023", 240, 262, 604)); lines.Add(Cell("2024", 318, 340, 604));
        lines.Add(Cell("Actual", 229, 262, 588)); lines.Add(Cell("Budget", 307, 340, 588));
        lines.AddRange(Row("Rho", "1,910", "1,920", 574)); lines.AddRange(Row("Tau", "1,930", "1,940", 560)); lines.AddRange(Row("Phi", "1,950", "1,960", 546));
        var (tables, text) = AlignedTableDetector.Detect(lines, 1, AlignedTableOptions.Default);
        Assert.Equal(2, tables.Count);
        Assert.Equal(1, tables[0].HeaderRows);
        Assert.Equal(["", "East", "West"], tables[0].Rows[0]);
        Assert.Equal(["Kappa", "1,710", "1,720", "Lambda", "1,810", "1,820"], text.Where(l => l.Baseline > 740).Select(l => l.Text));
        Assert.Equal(2, tables[1].HeaderRows);
        Assert.Equal(["", "2023", "2024"], tables[1].Rows[0]);
        Assert.Equal(["", "Actual", "Budget"], tables[1].Rows[1]);
    }

    [Fact]
    public void Titles_wrapped_over_lines_read_as_one_line_across_columns_are_one_title_per_column_over_a_group_label()
    {
        // Four figure columns under a row of two group titles and three lines of wrapped column titles (the last read as
        // one line running over all four columns), then a group label alone over the first rows, then a figure missing mid-row.
        double[] rights = [200, 250, 300, 350];
        var lines = new List<PdfLine>
        {
            Cell("Paid", 190, 232, 760), Cell("Owed", 290, 332, 760),
            Cell("Any", 182, 200, 748), Cell("Net", 232, 250, 748),
            Cell("Total", 175, 200, 737), Cell("Gross", 272, 300, 737), Cell("Debt", 325, 350, 737),
            Cell("Region", 50, 85, 726), Cell("amount amount holding holding", 172, 350, 726),
            Cell("Coastal", 50, 90, 712),
        };
        string[][] body = [["North", "1.1", "2.1", "3.1", "4.1"], ["South", "1.2", "", "3.2", "4.2"], ["East", "1.3", "2.3", "3.3", "4.3"]];
        for (int r = 0; r < body.Length; r++)
        {
            lines.Add(Cell(body[r][0], 56, 56 + body[r][0].Length * 5.5, 700 - r * 12));
            for (int c = 0; c < 4; c++)
                if (body[r][c + 1] is { Length: > 0 } figure) lines.Add(Cell(figure, rights[c] - 16, rights[c], 700 - r * 12));
        }
        var (tables, text) = AlignedTableDetector.Detect(lines, 1, AlignedTableOptions.Default);
        var table = Assert.Single(tables);
        Assert.Empty(text);
        Assert.Equal(2, table.HeaderRows);
        Assert.Equal(6, table.Rows.Count);
        Assert.Equal(["Region", "Any Total amount", "Net amount", "Gross holding", "Debt holding"], table.Rows[1]);
        Assert.Equal(["Coastal", "", "", "", ""], table.Rows[2]);
        // Every place of the grid has its cell, so a figure missing mid-row leaves its column empty, not the next one.
        Assert.Equal(6 * 5, table.Cells!.Sum(c => c.ColumnSpan));
        Assert.Empty(table.Cells!.Single(c => c.Row == 4 && c.Column == 2).Lines);
        Assert.Equal("3.2", Assert.Single(table.Cells!.Single(c => c.Row == 4 && c.Column == 3).Lines).Text);
    }
}
