using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Tables on hand-made pages: rulings from boxes, frames round tables set without rulings, header rows and spans.</summary>
public class PdfTableTests
{
    [Fact]
    public void A_table_whose_cells_are_each_drawn_as_a_box_keeps_its_two_header_rows_and_spans()
    {
        // Every cell its own stroked rectangle: a corner box two rows high, a group title over three columns, then the
        // column titles and three body rows.
        var pdf = new PdfLayoutTests.Pages().Page();
        pdf.Box(60, 680, 160, 720).Box(160, 700, 460, 720);
        double[] xs = [60, 160, 260, 360, 460];
        for (int c = 1; c < 4; c++) pdf.Box(xs[c], 680, xs[c + 1], 700);
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 4; c++) pdf.Box(xs[c], 660 - r * 20, xs[c + 1], 680 - r * 20);
        pdf.Text("Capital", 280, 706).Text("Stock", 170, 686).Text("Surplus", 270, 686).Text("Total", 370, 686);
        string[] labels = ["Opening", "Change", "Closing"];
        for (int r = 0; r < 3; r++)
            pdf.Text(labels[r], 65, 666 - r * 20).Right($"{100 + r}", 255, 666 - r * 20).Right($"{20 + r}", 355, 666 - r * 20).Right($"{120 + 2 * r}", 455, 666 - r * 20);
        var table = Assert.Single(pdf.Read().Blocks.OfType<Table>());
        Assert.Equal(2, table.Header.Count);
        Assert.Equal(3, table.Body.Count);
        Assert.Equal(4, TableGrid.ColumnCountOf(table));
        Assert.Equal([1, 3], table.Header[0].Cells.Select(c => c.ColumnSpan));
        Assert.Equal("Capital", table.Header[0].Cells[1].Content.PlainText());
        Assert.Equal(["Closing", "102", "22", "124"], table.Body[2].Cells.Select(c => c.Content.PlainText()));
    }

    [Fact]
    public void A_label_two_rows_high_beside_a_header_and_one_body_row_leaves_the_body_under_its_titles_and_a_date_over_it_is_no_caption()
    {
        // A cover's contact box: "Contact" two rows high at the left, the column titles, then one row of details whose
        // last cell is empty; a date line over the box.
        var pdf = new PdfLayoutTests.Pages().Page();
        pdf.Text("2024. 02", 250, 740);
        double[] xs = [100, 160, 260, 360, 460];
        pdf.Box(100, 660, 160, 700);
        for (int c = 1; c < 4; c++) { pdf.Box(xs[c], 680, xs[c + 1], 700); pdf.Box(xs[c], 660, xs[c + 1], 680); }
        pdf.Text("Contact", 105, 676).Text("Office", 170, 686).Text("Name", 270, 686).Text("Fax", 370, 686);
        pdf.Text("Innovation", 170, 666).Text("Jo Kyung", 270, 666);
        var table = Assert.Single(pdf.Read().Blocks.OfType<Table>());
        Assert.Equal(4, TableGrid.ColumnCountOf(table));
        Assert.Equal(["Contact", "Office", "Name", "Fax"], table.Header[0].Cells.Select(c => c.Content.PlainText()));
        Assert.Equal(["", "Innovation", "Jo Kyung", ""], Assert.Single(table.Body).Cells.Select(c => c.Content.PlainText()));
        Assert.True(table.Caption.IsEmpty, $"caption: {table.Caption.PlainText()}");
    }

    [Fact]
    public void A_box_round_rows_set_in_columns_is_a_frame_and_leaves_its_text_to_the_later_stages()
    {
        // A ruled two-row header (a period over its start and end), then one box round the whole body, no rulings inside.
        var rules = new List<PdfRule>();
        void Rect(double left, double bottom, double right, double top)
        {
            rules.Add(new(left, bottom, right, bottom + 0.5));
            rules.Add(new(left, top, right, top + 0.5));
            rules.Add(new(left, bottom, left + 0.5, top));
            rules.Add(new(right, bottom, right + 0.5, top));
        }
        Rect(50, 680, 200, 720); Rect(200, 700, 400, 720); Rect(200, 680, 300, 700); Rect(300, 680, 400, 700); Rect(400, 680, 550, 720);
        Rect(50, 560, 550, 680);
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(PdfStageTests.Word("Name", 60, 690, 5)); glyphs.AddRange(PdfStageTests.Word("Period", 280, 706, 5));
        glyphs.AddRange(PdfStageTests.Word("Start", 210, 686, 5)); glyphs.AddRange(PdfStageTests.Word("End", 310, 686, 5));
        glyphs.AddRange(PdfStageTests.Word("Amount", 480, 690, 5));
        for (int r = 0; r < 5; r++)
        {
            double y = 665 - r * 20;
            glyphs.AddRange(PdfStageTests.Word($"Payee{r}", 60, y, 5));
            glyphs.AddRange(PdfStageTests.Word($"0{r + 1}/03", 210, y, 5));
            glyphs.AddRange(PdfStageTests.Word($"0{r + 2}/03", 310, y, 5));
            glyphs.AddRange(PdfStageTests.Word($"{r + 1}00.00", 500, y, 5));
        }
        var page = new PdfPageContent(1, 595, 842, glyphs, rules);
        var (tables, outside) = RulingTableDetector.Detect(page, RulingTableOptions.Default, PdfLineOptions.Default);
        var table = Assert.Single(tables);
        Assert.Equal([["Name", "Period", "", "Amount"], ["", "Start", "End", ""]], table.Rows.Select(r => r.ToArray()).ToArray());
        Assert.True(table.Bottom >= 679, "the table ends where its header does");
        // Every glyph of the five body rows is left for the aligned-table stage.
        Assert.Equal(glyphs.Count(g => g.Baseline < 680), outside.Count(g => g.Baseline < 680));

        // A box of wrapped prose is a cell, however many lines it holds.
        var prose = new List<PdfGlyph>(glyphs.Where(g => g.Baseline > 680));
        for (int r = 0; r < 5; r++) prose.AddRange(PdfStageTests.Word("wrapped", 60, 665 - r * 20, 5));
        var (withProse, _) = RulingTableDetector.Detect(new PdfPageContent(1, 595, 842, prose, rules), RulingTableOptions.Default, PdfLineOptions.Default);
        Assert.Equal(3, Assert.Single(withProse).Rows.Count);
    }

    [Fact]
    public void A_group_title_whose_first_column_has_no_ruling_under_it_spans_its_group_and_a_bold_formula_row_joins_the_header()
    {
        // A final-accounts table: "Limit" over three columns, ruled under only the two columns that have titles of their
        // own (the first column, the group's total, has none), so its box runs on down that column; under the titles a
        // bold row of formulas, then the body in one ruled band.
        double[] xs = [50, 150, 220, 290, 360];
        var rules = new List<PdfRule>
        {
            new(50, 720, 360, 720.5), new(220, 705, 360, 705.5), new(50, 690, 360, 690.5), new(50, 675, 360, 675.5), new(50, 600, 360, 600.5),
            new(50, 600, 50.5, 720.5), new(150, 600, 150.5, 720.5), new(220, 600, 220.5, 705.5), new(290, 600, 290.5, 705.5), new(360, 600, 360.5, 720.5),
        };
        List<PdfGlyph> Page(string[] formulas, bool bold)
        {
            var glyphs = new List<PdfGlyph>();
            glyphs.AddRange(PdfStageTests.Word("Region", 60, 700, 6, bold: true)); glyphs.AddRange(PdfStageTests.Word("Limit", 240, 710, 6, bold: true));
            glyphs.AddRange(PdfStageTests.Word("General", 225, 695, 6, bold: true)); glyphs.AddRange(PdfStageTests.Word("Special", 295, 695, 6, bold: true));
            for (int c = 0; c < 4; c++) glyphs.AddRange(PdfStageTests.Word(formulas[c], xs[c] + 5, 680, 6, bold));
            string[] labels = ["North", "South", "East"];
            for (int r = 0; r < 3; r++)
            {
                glyphs.AddRange(PdfStageTests.Word(labels[r], 60, 660 - r * 20, 6));
                for (int c = 1; c < 4; c++) glyphs.AddRange(PdfStageTests.Word($"{r + 1}{c}.5", xs[c] + 20, 660 - r * 20, 6));
            }
            return glyphs;
        }
        string[] formulas = ["Formula", "A=B+C", "B", "C"];
        var (tables, _) = RulingTableDetector.Detect(new PdfPageContent(1, 595, 842, Page(formulas, bold: true), rules), RulingTableOptions.Default, PdfLineOptions.Default);
        var table = Assert.Single(tables);
        Assert.Equal(6, table.Rows.Count);
        Assert.All(table.Rows, row => Assert.Equal(4, row.Count));
        var cells = table.Cells!;
        Assert.Equal((1, 3), cells.Where(c => c.Row == 0 && c.Column == 1).Select(c => (c.RowSpan, c.ColumnSpan)).Single());
        Assert.Equal((2, 1), cells.Where(c => c.Row == 0 && c.Column == 0).Select(c => (c.RowSpan, c.ColumnSpan)).Single());
        Assert.Equal([1, 2, 3], cells.Where(c => c.Row == 1).Select(c => c.Column).Order());
        Assert.Equal(3, table.HeaderRows);

        // The same row in the body's weight, and a bold row of figures (a total), are the body's first row.
        var (plain, _) = RulingTableDetector.Detect(new PdfPageContent(1, 595, 842, Page(formulas, bold: false), rules), RulingTableOptions.Default, PdfLineOptions.Default);
        Assert.Equal(2, Assert.Single(plain).HeaderRows);
        var (total, _) = RulingTableDetector.Detect(new PdfPageContent(1, 595, 842, Page(["Total", "9.5", "8.5", "7.5"], bold: true), rules), RulingTableOptions.Default, PdfLineOptions.Default);
        Assert.Equal(2, Assert.Single(total).HeaderRows);
    }

    [Fact]
    public void A_first_row_of_group_titles_alone_has_the_column_titles_under_it_in_the_header()
    {
        static PdfTableCell Cell(int row, int column, string text, int span = 1) =>
            new(row, column, 1, span, text.Length == 0 ? [] : [new PdfLine(text, column * 100, column * 100 + 90, 700 - row * 20, 10, false, 1)]);
        // "Findings" over two columns and "Remediation" over two, nothing else in the row: the titles under them are header.
        PdfTableCell[] grouped =
        [
            Cell(0, 0, ""), Cell(0, 1, "Findings", 2), Cell(0, 3, "Remediation", 2),
            Cell(1, 0, "Issue"), Cell(1, 1, "Law"), Cell(1, 2, "Finding"), Cell(1, 3, "Plan"), Cell(1, 4, "Date"),
            Cell(2, 0, "Wages"), Cell(2, 1, "Art. 3"), Cell(2, 2, "Late"), Cell(2, 3, "Pay"), Cell(2, 4, "May"),
        ];
        Assert.Equal(2, PdfTableCandidates.HeaderRowCount(grouped));
        // A header with a title over two columns beside single-column titles is one row deep: the next row is the body.
        PdfTableCell[] merged =
        [
            Cell(0, 0, "Mark"), Cell(0, 1, "Meaning", 2), Cell(0, 3, "Rule"),
            Cell(1, 0, "Dx"), Cell(1, 1, "Dredging"), Cell(1, 2, "D: basic functions"), Cell(1, 3, "Ch. 10"),
            Cell(2, 0, "Sx"), Cell(2, 1, "Survey"), Cell(2, 2, "S: basic functions"), Cell(2, 3, "Ch. 10"),
        ];
        Assert.Equal(1, PdfTableCandidates.HeaderRowCount(merged));
    }

    [Fact]
    public void A_box_or_a_segment_gives_rulings_and_a_drawing_gives_none()
    {
        var frame = new PageFrame(0, 595, 842);
        var box = new UglyToad.PdfPig.Core.PdfSubpath();
        box.Rectangle(100, 700, 50, 14);
        Assert.Equal(4, PdfRuleReader.Strokes(box, frame).Count());
        var segment = new UglyToad.PdfPig.Core.PdfSubpath();
        segment.MoveTo(100, 600); segment.LineTo(300, 600);
        Assert.Single(PdfRuleReader.Strokes(segment, frame));
        // A part's outline: straight strokes along the axes, but with a curve and more sides than a box.
        var outline = new UglyToad.PdfPig.Core.PdfSubpath();
        outline.MoveTo(100, 500); outline.LineTo(100, 540); outline.LineTo(140, 540); outline.BezierCurveTo(150, 530, 150, 510, 140, 500); outline.CloseSubpath();
        Assert.Empty(PdfRuleReader.Strokes(outline, frame));
        var steps = new UglyToad.PdfPig.Core.PdfSubpath();
        steps.MoveTo(100, 400); steps.LineTo(120, 400); steps.LineTo(120, 410); steps.LineTo(140, 410); steps.LineTo(140, 420); steps.LineTo(160, 420);
        Assert.Empty(PdfRuleReader.Strokes(steps, frame));
    }

    [Fact]
    public void A_band_between_two_rulings_holding_rows_of_labels_and_numbers_is_split_into_those_rows()
    {
        // A three-line table with column separators: rulings over and under the header and under the table, nothing
        // between the body rows; each number stands a little above its label.
        var rules = new List<PdfRule>
        {
            new(100, 720, 400, 720.5), new(100, 690, 400, 690.5), new(100, 590, 400, 590.5),
            new(250, 590, 250.5, 720.5),
        };
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(PdfStageTests.Word("Item", 110, 700, 8)); glyphs.AddRange(PdfStageTests.Word("Change", 300, 700, 8));
        string[] labels = ["Food", "Clothing", "Housing", "Transport"];
        for (int r = 0; r < labels.Length; r++)
        {
            glyphs.AddRange(PdfStageTests.Word(labels[r], 110, 670 - r * 22, 8));
            glyphs.AddRange(PdfStageTests.Word($"-{r}.{r + 1}", 360, 674 - r * 22, 8));
        }
        var (tables, _) = RulingTableDetector.Detect(new PdfPageContent(1, 595, 842, glyphs, rules), RulingTableOptions.Default, PdfLineOptions.Default);
        var table = Assert.Single(tables);
        Assert.Equal(5, table.Rows.Count);
        Assert.Equal(["Housing", "-2.3"], table.Rows[3]);
        Assert.Equal(1, table.HeaderRows);

        // A band of titles wrapped alike (no column of numbers) and a label wrapped beside one number stay one row each.
        PdfLine Line(string text, double x, double y) => new(text, x, x + 40, y, 10, false, 1);
        PdfTableCell[] wrapped =
        [
            new(0, 0, 1, 1, [Line("Total", 100, 700), Line("amount", 100, 688)]), new(0, 1, 1, 1, [Line("Growth", 200, 700), Line("rate", 200, 688)]),
            new(1, 0, 1, 1, [Line("Murder and", 100, 660), Line("manslaughter", 100, 648)]), new(1, 1, 1, 1, [Line("10.0", 200, 648)]),
        ];
        Assert.Equal(2, RuledBandRows.Split(wrapped, 0.6).Max(c => c.Row + 1));
    }

    [Fact]
    public void A_band_of_wrapped_definitions_set_apart_by_blank_lines_is_a_row_per_block_each_opened_by_a_label()
    {
        // A group title alone, a blank line, then two items, each beside a definition and examples wrapped over several
        // lines, a blank line between the items; one pair of rulings round the whole group.
        PdfLine Line(string text, double x, double y) => new(text, x, x + 40, y, 10, false, 1);
        PdfTableCell[] Band(double secondItem) =>
        [
            new(0, 0, 1, 1, [Line("Stationary:", 100, 700), Line("Major", 110, 676), Line("Area", 110, secondItem)]),
            new(0, 1, 1, 1, [Line("Emissions of ten", 200, 676), Line("tons or more", 200, 664), Line("a year", 200, 652),
                             Line("Emissions of less", 200, 628), Line("than ten tons", 200, 616)]),
            new(0, 2, 1, 1, [Line("Utilities,", 300, 676), Line("refineries", 300, 664), Line("Dry cleaners,", 300, 628), Line("gas stations", 300, 616)]),
        ];
        var rows = RuledBandRows.Split(Band(628), 0.6, 1.5);
        Assert.Equal(3, rows.Max(c => c.Row + 1));
        Assert.Equal(["Stationary:"], rows.Where(c => c.Row == 0).SelectMany(c => c.Lines).Select(l => l.Text));
        Assert.Equal(["Major", "Emissions of ten", "tons or more", "a year", "Utilities,", "refineries"], rows.Where(c => c.Row == 1).SelectMany(c => c.Lines).Select(l => l.Text));
        Assert.Equal(["Area", "Emissions of less", "than ten tons", "Dry cleaners,", "gas stations"], rows.Where(c => c.Row == 2).SelectMany(c => c.Lines).Select(l => l.Text));

        // A block with no label opening it (the second item's label missing, a definition in two paragraphs) stays one row;
        // and so does every band with no block gap named.
        Assert.Equal(1, RuledBandRows.Split(Band(652), 0.6, 1.5).Max(c => c.Row + 1));
        Assert.Equal(1, RuledBandRows.Split(Band(628), 0.6).Max(c => c.Row + 1));
    }

    [Fact]
    public void A_ruling_drawn_in_pieces_end_to_end_is_one_ruling_and_gives_an_open_table_its_outer_columns()
    {
        // Rulings broken at every column separator, no verticals at the table's outer sides (a table open at its sides).
        double[] xs = [80, 150, 220, 290];
        var rules = new List<PdfRule>();
        foreach (double y in new[] { 700.0, 680, 620 })
            for (int c = 0; c < xs.Length - 1; c++) rules.Add(new(xs[c] + 0.5, y, xs[c + 1] - 0.5, y + 1));
        for (int c = 1; c < xs.Length - 1; c++) rules.Add(new(xs[c] - 0.5, 620, xs[c] + 0.5, 700));
        Assert.Equal(3, RulingTableDetector.Joined(rules.Where(r => r.IsHorizontal), 2.5).Count);
        Assert.Equal(2, RulingTableDetector.Joined([new(80, 700, 150, 701), new(200, 700, 290, 701)], 2.5).Count); // a gap is no join
        var glyphs = new List<PdfGlyph>();
        glyphs.AddRange(PdfStageTests.Word("Year", 90, 688, 5)); glyphs.AddRange(PdfStageTests.Word("Beds", 160, 688, 5)); glyphs.AddRange(PdfStageTests.Word("Staff", 230, 688, 5));
        for (int r = 0; r < 2; r++)
        {
            glyphs.AddRange(PdfStageTests.Word($"202{r}", 90, 660 - r * 25, 5));
            glyphs.AddRange(PdfStageTests.Word($"{300 + r}", 160, 660 - r * 25, 5));
            glyphs.AddRange(PdfStageTests.Word($"{400 + r}", 230, 660 - r * 25, 5));
        }
        var (tables, _) = RulingTableDetector.Detect(new PdfPageContent(1, 595, 842, glyphs, rules), RulingTableOptions.Default, PdfLineOptions.Default);
        var table = Assert.Single(tables);
        Assert.Equal(["Year", "Beds", "Staff"], table.Rows[0]);
        Assert.Equal(["2021", "301", "401"], table.Rows[^1]);
    }

    [Fact]
    public void A_table_ruled_only_between_groups_of_figures_is_read_by_alignment_with_its_group_titles_and_wrapped_labels()
    {
        // A statistical abstract's table: rulings over and under the header and under the table, verticals only between
        // the labels and each group of three figures (drawn row by row); group titles over the groups, column titles
        // wrapped over two lines, labels with dot leaders, a decimal drawn apart from its whole part, a wrapped label.
        var pdf = new PdfLayoutTests.Pages().Page();
        pdf.Text("A paragraph of text before the table, long enough to be an ordinary line of the page.", 40, 740);
        double[] bands = [700, 668, 656, 646, 627, 618];
        pdf.Line(40, 700, 530, 700).Line(40, 668, 530, 668).Line(40, 618, 530, 618);
        for (int b = 0; b + 1 < bands.Length; b++)
            foreach (double x in new[] { 150.0, 350 }) pdf.Line(x, bands[b + 1], x, bands[b]);
        double[] rights = [200, 260, 320, 400, 460, 520];
        pdf.Text("Total", 250, 690, 8).Text("Male", 450, 690, 8);
        pdf.Text("Offense", 50, 680, 8);
        for (int g = 0; g < 2; g++)
        {
            pdf.Right("All", rights[3 * g], 680, 8).Right("Under", rights[3 * g + 1], 680, 8).Right("Adults", rights[3 * g + 2], 680, 8);
            pdf.Right("ages", rights[3 * g], 672, 8).Right("age 18", rights[3 * g + 1], 672, 8).Right("and over", rights[3 * g + 2], 672, 8);
        }
        pdf.Right("Total . . . . . . . . . . . . . . . . . . . . . 11,062 .6", 200, 660, 8);
        foreach (var (text, x) in new[] { ("1,540 .0", 260.0), ("9,522 .6", 320), ("8,263 .3", 400), ("1,071 .6", 460), ("7,191 .7", 520) }) pdf.Right(text, x, 660, 8);
        pdf.Text("Robbery . . . . . . . . . .", 40, 650, 8);
        pdf.Text("Murder and", 44, 640, 8).Text("manslaughter . . . . .", 46, 632, 8);
        pdf.Text("Arson . . . . . . . . . . .", 40, 622, 8);
        foreach (var (y, first) in new[] { (650.0, 102), (632, 10), (622, 9) })
            for (int c = 0; c < 6; c++) pdf.Right($"{first + c}.{c}", rights[c], y, 8);
        var table = Assert.Single(pdf.Read().Blocks.OfType<Table>());
        Assert.Equal(2, table.Header.Count);
        Assert.Equal(4, table.Body.Count);
        Assert.Equal(7, TableGrid.ColumnCountOf(table));
        Assert.Equal("11,062.6", table.Body[0].Cells[1].Content.PlainText());
        Assert.StartsWith("Murder and manslaughter", table.Body[2].Cells[0].Content.PlainText());
        Assert.Equal("Under age 18", table.Header[1].Cells[2].Content.PlainText());
    }

    [Fact]
    public void A_unit_in_brackets_over_the_figures_is_no_header_row_and_a_long_title_over_the_labels_is()
    {
        var pdf = new PdfLayoutTests.Pages().Page();
        pdf.Right("(Per cent)", 400, 712);
        pdf.Text("States/Union Territories", 40, 698).Right("1951-1961", 300, 698).Right("1961-1971", 400, 698);
        string[] states = ["Assam", "Bihar", "Goa", "Kerala"];
        for (int r = 0; r < states.Length; r++)
            pdf.Text(states[r], 40, 680 - r * 14).Right($"{20 + r}.{r}5", 300, 680 - r * 14).Right($"{30 + r}.{r}1", 400, 680 - r * 14);
        var table = Assert.Single(pdf.Read().Blocks.OfType<Table>());
        Assert.Equal(1, table.Header.Count);
        Assert.Equal("States/Union Territories", table.Header[0].Cells[0].Content.PlainText());
        Assert.Equal(4, table.Body.Count);
    }
}
