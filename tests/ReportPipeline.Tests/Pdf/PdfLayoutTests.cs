using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using PdfPoint = UglyToad.PdfPig.Core.PdfPoint;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportPipeline.Tests.Pdf;

/// <summary>The page-level layout stages (furniture, columns, tables and where they stand) on small hand-made pages.</summary>
public class PdfLayoutTests
{
    /// <summary>A small PDF written in code: text placed left or right aligned, and rules.</summary>
    internal sealed class Pages
    {
        private readonly PdfDocumentBuilder builder = new();
        private readonly PdfDocumentBuilder.AddedFont font;
        private PdfPageBuilder? page;

        public Pages() => font = builder.AddStandard14Font(Standard14Font.Helvetica);

        public Pages Page()
        {
            page = builder.AddPage(595, 842);
            return this;
        }

        public Pages Text(string text, double x, double y, double size = 10)
        {
            page!.AddText(text, size, new PdfPoint(x, y), font);
            return this;
        }

        /// <summary>Text whose right edge stands at <paramref name="right"/>.</summary>
        public Pages Right(string text, double right, double y, double size = 10)
        {
            double width = page!.MeasureText(text, size, new PdfPoint(0, y), font).Max(l => l.GlyphRectangle.Right);
            return Text(text, right - width, y, size);
        }

        public Pages Line(double x1, double y1, double x2, double y2)
        {
            page!.DrawLine(new PdfPoint(x1, y1), new PdfPoint(x2, y2), 0.5);
            return this;
        }

        /// <summary>A stroked rectangle (a box drawn round a table cell).</summary>
        public Pages Box(double left, double bottom, double right, double top)
        {
            page!.DrawRectangle(new PdfPoint(left, bottom), right - left, top - bottom, 0.5);
            return this;
        }

        public ReportDocument Read() => new PdfReportReader().Read(builder.Build());
    }

    [Fact]
    public void A_running_foot_under_a_table_without_rulings_stays_furniture_and_out_of_the_table()
    {
        var pdf = new Pages();
        for (int p = 1; p <= 2; p++)
        {
            pdf.Page().Text($"Section {p} of the report sets out the figures for the year in the table below.", 72, 700);
            string[] labels = ["Revenue", "Costs", "Staff", "Result"];
            for (int r = 0; r < labels.Length; r++)
                pdf.Text(labels[r], 72, 130 - r * 14).Right($"{100 + r * 7 + p * 5}", 400, 130 - r * 14).Right($"{200 + r * 3}", 520, 130 - r * 14);
            // The foot: a title at the left, the page number at the right edge of the last number column.
            pdf.Text("Example Authority annual report", 72, 50).Right($"{p + 16}", 520, 50);
        }
        var d = pdf.Read();
        var tables = d.Blocks.OfType<Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, t => Assert.Equal(4, t.Header.Count + t.Body.Count));
        Assert.Equal(4, d.Furniture.Count);
        Assert.Contains(d.Furniture, f => f.Text.Contains("annual report", StringComparison.Ordinal));
    }

    [Fact]
    public void A_strip_between_a_columns_short_lines_and_a_dateline_is_no_gutter()
    {
        // A narrow sidebar at the left; a wide main column whose paragraphs end in short lines; a dateline set right at the top.
        var sidebar = Enumerable.Range(0, 30).Select(i => new PdfLine($"side {i}", 25, 190, 700 - i * 12, 9, false, 1)).ToList();
        var main = Enumerable.Range(0, 30).Select(i => new PdfLine($"main {i}", 201, 567, 700 - i * 13, 10, false, 1)).ToList();
        main[9] = main[9] with { Right = 310 };
        main[19] = main[19] with { Right = 400 };
        main[29] = main[29] with { Right = 420 };
        List<PdfLine> dateline = [new("Company report", 448, 570, 790, 10, false, 1), new("19 July 2022", 485, 566, 770, 10, false, 1)];
        var ordered = ReadingOrder.Order([.. dateline, .. sidebar, .. main], 595);
        // The sidebar is read as its own column, before the main column, which is read top to bottom.
        Assert.All(ordered.Where(l => l.Text.StartsWith("side", StringComparison.Ordinal)), l => Assert.Equal(0, l.Column));
        Assert.All(ordered.Where(l => l.Text.StartsWith("main", StringComparison.Ordinal)), l => Assert.Equal(1, l.Column));
        var mainOrder = ordered.Where(l => l.Text.StartsWith("main", StringComparison.Ordinal)).Select(l => l.Text).ToList();
        Assert.Equal(main.Select(l => l.Text), mainOrder);
        Assert.True(ordered.FindLastIndex(l => l.Text.StartsWith("side", StringComparison.Ordinal)) < ordered.FindIndex(l => l.Text.StartsWith("main", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_reading_orders_thresholds_are_options_reachable_from_an_options_file()
    {
        // Two columns of 12 lines each: read column by column by default.
        var lines = Enumerable.Range(0, 12).SelectMany(i => new[]
        {
            new PdfLine($"left {i}", 60, 280, 700 - i * 12, 10, false, 1), new PdfLine($"right {i}", 310, 530, 700 - i * 12, 10, false, 1),
        }).ToList();
        var byDefault = ReadingOrder.Order(lines, 595);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"left {i}"), byDefault.Take(12).Select(l => l.Text));
        // Asking for more narrow lines than the page has: read straight across, as given.
        var options = ReportPipeline.Pipeline.ConversionOptionsFile.Parse("""{ "pdf": { "readingOrder": { "minNarrowLines": 30 } } }""");
        Assert.Equal(30, options.Pdf.ReadingOrder.MinNarrowLines);
        Assert.Equal(ReadingOrderOptions.Default.MaxCrossingFactor, options.Pdf.ReadingOrder.MaxCrossingFactor);
        Assert.Equal(lines.Select(l => l.Text), ReadingOrder.Order(lines, 595, options.Pdf.ReadingOrder).Select(l => l.Text));
        // A gutter wider than the page's: none found, so no columns either.
        var wide = options.Pdf.ReadingOrder with { MinNarrowLines = 10, MinGutterWidth = 40 };
        Assert.Equal(lines.Select(l => l.Text), ReadingOrder.Order(lines, 595, wide).Select(l => l.Text));
    }

    [Fact]
    public void Narrow_text_standing_in_the_right_half_only_is_the_right_column()
    {
        var lines = Enumerable.Range(0, 12).Select(i => new PdfLine($"line {i}", 300, 520, 700 - i * 12, 10, false, 1)).ToList();
        Assert.All(ReadingOrder.Order(lines, 595), l => Assert.Equal(1, l.Column));
        var left = Enumerable.Range(0, 12).Select(i => new PdfLine($"line {i}", 60, 280, 700 - i * 12, 10, false, 1)).ToList();
        Assert.All(ReadingOrder.Order(left, 595), l => Assert.Equal(0, l.Column));
    }

    [Fact]
    public void A_first_page_line_that_is_part_of_the_running_head_of_the_others_is_furniture()
    {
        var lines = new List<PdfLine>
        {
            new("Research note | Company review", 400, 570, 792, 10, false, 1),
            new("Acme Cables (688556.SH)", 420, 570, 779, 10, false, 1),
            new("Acme Cables expands its wire capacity", 200, 560, 700, 20, false, 1),
        };
        for (int page = 2; page <= 3; page++)
        {
            lines.Add(new PdfLine("Company review  Acme Cables（688556.SH）", 390, 555, 801, 9, false, page));
            lines.Add(new PdfLine("Body text of the page.", 50, 450, 600, 10, false, page));
        }
        var (body, furniture) = PageFurnitureDetector.Separate(lines, Enumerable.Range(1, 3).ToDictionary(p => p, _ => 842.0), FurnitureOptions.Default);
        Assert.Equal(["Acme Cables (688556.SH)", "Company review  Acme Cables（688556.SH）", "Company review  Acme Cables（688556.SH）"],
            furniture.Select(f => f.Text));
        Assert.Contains(body, l => l.Text == "Research note | Company review");
        Assert.Empty(PageFurnitureDetector.Separate(lines, Enumerable.Range(1, 3).ToDictionary(p => p, _ => 842.0),
            FurnitureOptions.Default with { MinHeadPart = 100 }).Furniture.Where(f => f.Source?.Page == 1));
    }

    [Fact]
    public void A_table_open_at_its_sides_with_separators_drawn_row_by_row_keeps_its_outer_columns_and_rows()
    {
        // Rules across the top, under the header and at the foot reach past the verticals; the verticals between the
        // columns are drawn a row at a time (breaks at 82 and 72), with no ruling between the body rows.
        var rules = new List<PdfRule> { new(45, 119, 567, 119.5), new(45, 94.5, 567, 95), new(45, 53, 567, 53.5) };
        foreach (double x in new[] { 190.0, 340, 490 })
            foreach (var (bottom, top) in new[] { (95.0, 119.0), (82.0, 95.0), (72.0, 82.0), (53.0, 72.0) })
                rules.Add(new PdfRule(x, bottom, x + 0.5, top));
        var glyphs = new List<PdfGlyph>();
        void Row(double y, params string[] cells)
        {
            double[] lefts = [50, 195, 345, 495];
            for (int c = 0; c < cells.Length; c++) if (cells[c].Length > 0) glyphs.AddRange(PdfStageTests.Word(cells[c], lefts[c], y, 5));
        }
        Row(104, "Action", "Labor", "Parts", "Total");
        Row(86, "Install", "1h", "$0", "$85");
        Row(75, "Revise", "1h", "$0", "$85");
        Row(63, "Remove", "2h", "$5", "$175");
        Row(56, "marker", "", "", "");
        var page = new PdfPageContent(5, 612, 792, glyphs, rules);
        var (tables, outside) = RulingTableDetector.Detect(page, RulingTableOptions.Default, PdfLineOptions.Default);
        var table = Assert.Single(tables);
        Assert.Empty(outside);
        Assert.Equal([["Action", "Labor", "Parts", "Total"], ["Install", "1h", "$0", "$85"], ["Revise", "1h", "$0", "$85"], ["Remove marker", "2h", "$5", "$175"]],
            table.Rows.Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public void A_table_inside_one_column_stands_in_that_column_where_it_is()
    {
        PdfLine L(string text, double left, double y, int column) => new(text, left, left + 220, y, 10, false, 1, column);
        var lines = new List<PdfLine>();
        for (int i = 0; i < 6; i++) lines.Add(L($"left {i}", 50, 700 - i * 100, 0));
        for (int i = 0; i < 6; i++) lines.Add(L($"right {i}", 320, 700 - i * 100, 1));
        var inRight = new PdfTable([["a", "1"]], 450, 380, 1, Left: 320, Right: 540);
        var across = new PdfTable([["b", "2"]], 250, 210, 1, Left: 50, Right: 540);
        var flow = TablePlacement.Place(lines, [across, inRight]);
        string Name(PdfFlowItem item) => item switch { FlowLine l => l.Line.Text, FlowTable t => t.Table.Rows[0][0], _ => "?" };
        Assert.Equal(["left 0", "left 1", "left 2", "left 3", "left 4", "b", "left 5", "right 0", "right 1", "right 2", "a", "right 3", "right 4", "right 5"],
            flow.Select(Name));
    }

    [Fact]
    public void A_pdf_whose_only_text_is_a_ruled_table_gives_that_table()
    {
        var pdf = new Pages().Page();
        foreach (double x in new[] { 100.0, 250, 400 }) pdf.Line(x, 700, x, 640);
        foreach (double y in new[] { 700.0, 680, 660, 640 }) pdf.Line(100, y, 400, y);
        pdf.Text("Item", 110, 686).Text("Amount", 260, 686).Text("Rice", 110, 666).Text("12", 260, 666).Text("Wheat", 110, 646).Text("7", 260, 646);
        var table = Assert.Single(pdf.Read().Blocks.OfType<Table>());
        Assert.Equal(3, table.Header.Count + table.Body.Count);
    }
}
