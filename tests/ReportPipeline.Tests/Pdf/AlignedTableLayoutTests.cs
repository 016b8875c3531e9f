using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// Statistics tables as journals set them without rulings: intervals in brackets as columns, titles over groups of
/// columns, the title over the row labels wrapped beside them, and a body column set beside the table in larger type.
/// </summary>
public class AlignedTableLayoutTests
{
    private static PdfLine Cell(string text, double left, double right, double y, double size = 8) => new(text, left, right, y, size, false, 1);

    /// <summary>A right-aligned cell ending at <paramref name="right"/>, 4 points a character.</summary>
    private static PdfLine Right(string text, double right, double y) => Cell(text, right - text.Length * 4, right, y);

    // Two groups of three columns: count, rate and interval.
    private static readonly double[] Rights = [150, 190, 250, 310, 350, 410];

    private static IEnumerable<PdfLine> Figures(string label, double y, params string[] figures) =>
        [Cell(label, 40, 40 + label.Length * 4, y), .. figures.Select((f, k) => Right(f, Rights[k], y))];

    [Fact]
    public void Intervals_in_round_brackets_are_a_column_and_a_long_title_spans_its_group()
    {
        var lines = new List<PdfLine>
        {
            Cell("Ischaemic heart disease", 140, 240, 700), Cell("Cerebrovascular events", 300, 400, 700),
            Cell("Group", 40, 64, 686), Right("no.", 150, 686), Right("Rate", 190, 686), Right("(95% CI)", 250, 686),
            Right("no.", 310, 686), Right("Rate", 350, 686), Right("(95% CI)", 410, 686),
        };
        lines.AddRange(Figures("North", 672, "1,205", "12.5", "(11.8–13.2)", "310", "4.1", "(3.7–4.5)"));
        lines.AddRange(Figures("South", 660, "987", "10.3", "(9.7–10.9)", "1,442", "15.0", "(14.2–15.8)"));
        lines.AddRange(Figures("East", 648, "2,310", "20.4", "(19.6–21.2)", "95", "1.2", "(1.0–1.5)"));
        var table = Assert.Single(AlignedTableDetector.Detect(lines, 1, AlignedTableOptions.Default).Tables);
        Assert.Equal(2, table.HeaderRows);
        Assert.Equal(["North", "1,205", "12.5", "(11.8–13.2)", "310", "4.1", "(3.7–4.5)"], table.Rows[2]);
        // Each group title, longer than one column's title may be, spans the three columns of its group.
        var titles = table.Cells!.Where(c => c.Row == 0 && c.Lines.Count > 0).OrderBy(c => c.Column).ToList();
        Assert.Equal([(1, 3), (4, 3)], titles.Select(c => (c.Column, c.ColumnSpan)));
        // A range in square brackets (a reference range set as text) is no figure; one in round brackets is.
        Assert.True(AlignedTableDetector.IsNumber("(1,098.9–1,444.5)"));
        Assert.False(AlignedTableDetector.IsNumber("[4.0-10.0]"));
    }

    [Fact]
    public void The_title_over_the_row_labels_wrapped_beside_two_rows_of_group_titles_leaves_three_header_rows()
    {
        var lines = new List<PdfLine>
        {
            Cell("Women", 180, 208, 724), Cell("Men", 340, 356, 724),
            Cell("Age", 40, 54, 715),
            Cell("Urban", 155, 178, 711), Cell("Rural", 215, 236, 711), Cell("Urban", 315, 338, 711), Cell("Rural", 375, 396, 711),
            Cell("group", 40, 61, 706),
            Cell("(yrs)", 40, 60, 697), Right("no.", 150, 697), Right("Rate", 190, 697), Right("no.", 250, 697),
            Right("Rate", 310, 697), Right("no.", 350, 697), Right("Rate", 410, 697),
        };
        lines.AddRange(Figures("45–54", 683, "345", "15.5", "5,663", "28.7", "1,205", "52.7"));
        lines.AddRange(Figures("55–64", 671, "806", "60.9", "12,273", "81.6", "1,906", "156.5"));
        lines.AddRange(Figures("≥65", 659, "1,512", "199.2", "22,270", "234.7", "2,430", "394.1"));
        var (tables, text) = AlignedTableDetector.Detect(lines, 1, AlignedTableOptions.Default);
        var table = Assert.Single(tables);
        Assert.Empty(text);
        Assert.Equal(3, table.HeaderRows);
        Assert.Equal(6, table.Rows.Count);
        Assert.Equal("Age group (yrs)", table.Rows[2][0]);
        Assert.Equal(["", "Women", "Men"], table.Rows[0].Where((t, k) => k == 0 || t.Length > 0));
    }

    [Fact]
    public void A_body_column_in_larger_type_beside_the_table_is_neither_row_nor_cell_and_does_not_end_it()
    {
        // The table fills the left of the page; the body's 10-point lines run down the right, some on a row's baseline.
        var lines = new List<PdfLine>
        {
            Cell("State", 40, 62, 700), Right("no.", 150, 700), Right("Rate", 190, 700), Right("(95% CI)", 250, 700),
            Cell("of the body text that runs down the right-hand column", 430, 600, 699.6, 10),
        };
        string[] states = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"];
        for (int k = 0; k < states.Length; k++)
        {
            double y = 688 - k * 11;
            lines.Add(Cell(states[k], 40, 40 + states[k].Length * 4, y));
            lines.Add(Right($"{k + 1},{k}05", 150, y)); lines.Add(Right($"1{k}.5", 190, y)); lines.Add(Right($"(1{k}.1–1{k}.9)", 250, y));
            lines.Add(Cell($"line {k} of the body text beside the table, set larger", 430, 600, k % 2 == 0 ? y : y - 5.5, 10));
        }
        var (tables, text) = AlignedTableDetector.Detect(lines, 1, AlignedTableOptions.Default);
        var table = Assert.Single(tables);
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(7, table.Rows.Count);
        Assert.Equal(["State", "no.", "Rate", "(95% CI)"], table.Rows[0]);
        Assert.Equal(7, text.Count);
        Assert.All(text, l => Assert.Equal(10, l.Size));
        // In the table's own size a line beside it still ends the table: only text in another size is set beside.
        var same = lines.Select(l => l with { Size = 8 }).ToList();
        Assert.NotEqual(7, AlignedTableDetector.Detect(same, 1, AlignedTableOptions.Default).Tables.FirstOrDefault()?.Rows.Count);
    }

    [Fact]
    public void Two_titles_read_as_one_line_right_over_the_figures_are_cut_over_the_gap_unless_a_wrapped_line_stands_over_them()
    {
        static List<PdfLine> Table(bool wrapped)
        {
            var lines = new List<PdfLine> { Cell("Name", 40, 58, 700), Right("no.", 150, 700), Cell("Rate (95% CI)", 167, 250, 700) };
            if (wrapped) lines.Add(Cell("Crude rate per", 167, 250, 708));
            lines.AddRange(Figures("North", 686, "1,205", "12.5", "(11.8–13.2)"));
            lines.AddRange(Figures("South", 674, "987", "10.3", "(9.7–10.9)"));
            lines.AddRange(Figures("East", 662, "2,310", "20.4", "(19.6–21.2)"));
            return lines;
        }
        var cut = Assert.Single(AlignedTableDetector.Detect(Table(wrapped: false), 1, AlignedTableOptions.Default).Tables);
        Assert.Equal(["Name", "no.", "Rate", "(95% CI)"], cut.Rows[0]);
        var whole = Assert.Single(AlignedTableDetector.Detect(Table(wrapped: true), 1, AlignedTableOptions.Default).Tables);
        Assert.Contains(whole.Cells!, c => c.Row == 0 && c.ColumnSpan == 2 && string.Join(" ", c.Lines.Select(l => l.Text)) == "Crude rate per Rate (95% CI)");
    }
}

/// <summary>A line's box is where its ink is.</summary>
public class PdfLineBoxTests
{
    [Fact]
    public void A_space_drawn_at_the_end_of_a_line_as_wide_as_a_tab_stop_is_no_part_of_its_box()
    {
        var glyphs = new List<PdfGlyph>();
        double x = 100;
        foreach (char c in "37.8")
        {
            glyphs.Add(new PdfGlyph(c.ToString(), x, x + 4, 700, 8, false));
            x += 4;
        }
        glyphs.Add(new PdfGlyph(" ", x, x + 30, 700, 8, false)); // a word space coded as a tab, drawn 30 points wide
        var line = Assert.Single(PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default));
        Assert.Equal("37.8", line.Text);
        Assert.Equal(116, line.Right, 3);
        Assert.Equal(100, line.Left, 3);
    }
}

/// <summary>A lead line over a table is no title of its row labels.</summary>
public class AlignedTableLeadLineTests
{
    private static PdfLine Cell(string text, double left, double right, double y) => new(text, left, right, y, 8, false, 1);

    [Fact]
    public void A_lead_line_flush_left_over_a_header_with_no_label_title_stays_text()
    {
        var lines = new List<PdfLine>
        {
            Cell("Capacity by region:", 40, 116, 710),
            Cell("2009", 134, 150, 700), Cell("2010", 174, 190, 700),
        };
        string[] regions = ["North", "South", "East"];
        for (int k = 0; k < regions.Length; k++)
        {
            double y = 688 - k * 11;
            lines.Add(Cell(regions[k], 40, 40 + regions[k].Length * 4, y));
            lines.Add(Cell($"{k + 1}0,400", 126, 150, y)); lines.Add(Cell($"{k + 2}0,400", 166, 190, y));
        }
        var (tables, text) = AlignedTableDetector.Detect(lines, 1, AlignedTableOptions.Default);
        var table = Assert.Single(tables);
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(["", "2009", "2010"], table.Rows[0]);
        Assert.Equal("Capacity by region:", Assert.Single(text).Text);
    }
}
