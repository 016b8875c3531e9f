using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static ReportPipeline.Tests.Pdf.Figures.FigurePages;

namespace ReportPipeline.Tests.Pdf.Figures;

/// <summary>
/// Charts drawn with straight bars, a chart's frame and title, and captions set over figures: PDFs made here with
/// PdfPig's builder, each a rule's case and the case it must leave alone.
/// </summary>
public class DrawnChartTests
{
    private static readonly string[] Values = ["12.5", "25.0", "18.7", "40.2", "30.1"];

    /// <summary>Five horizontal bars growing from x = 150, 12 points thick, each with its value after it and its name before it.</summary>
    private static void Bars(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double top = 600)
    {
        double[] widths = [60, 120, 90, 200, 150];
        for (int i = 0; i < widths.Length; i++)
        {
            double y = top - i * 30;
            page.DrawRectangle(new PdfPoint(150, y), widths[i], 12, 0.5, fill: true);
            page.AddText(Values[i], 8, new PdfPoint(150 + widths[i] + 4, y + 3), font);
            page.AddText($"Area {i + 1}", 8, new PdfPoint(110, y + 3), font);
        }
    }

    [Fact]
    public void A_bar_chart_drawn_with_straight_bars_is_one_figure_and_its_numbers_leave_the_body()
    {
        var (builder, page, font) = PageWithText();
        Bars(page, font);
        var d = new PdfReportReader().Read(builder.Build());

        Assert.Single(d.Blocks.OfType<Figure>());
        Assert.Empty(d.Blocks.OfType<Table>());
        Assert.All(Values, v => Assert.DoesNotContain(v, BodyText(d)));
    }

    [Fact]
    public void A_chart_title_set_over_its_labels_in_a_larger_size_is_the_caption_of_a_figure_without_one()
    {
        var (builder, page, font) = PageWithText();
        Bars(page, font);
        page.AddText("Spending by area, 2024", 12, new PdfPoint(200, 622), font);
        var d = new PdfReportReader().Read(builder.Build());

        var figure = Assert.Single(d.Blocks.OfType<Figure>());
        Assert.Equal("Spending by area, 2024", figure.Caption.PlainText());
        Assert.DoesNotContain("Spending by area", BodyText(d));
    }

    [Fact]
    public void A_framed_chart_keeps_its_frame_out_of_the_tables_and_a_bare_label_takes_the_title_under_it()
    {
        var (builder, page, font) = PageWithText();
        page.DrawRectangle(new PdfPoint(100, 400), 400, 235, 0.5); // the frame, stroked
        page.AddText("Figure 2.", 9, new PdfPoint(110, 622), font);
        page.AddText("Spending by area", 10, new PdfPoint(110, 610), font);
        Bars(page, font, top: 580);
        page.AddText("Note: Areas are those of the 2020 census, as the committee counted them in its report.", 7, new PdfPoint(110, 405), font);
        var d = new PdfReportReader().Read(builder.Build());

        var figure = Assert.Single(d.Blocks.OfType<Figure>());
        Assert.Equal("Figure 2. Spending by area", figure.Caption.PlainText());
        Assert.Empty(d.Blocks.OfType<Table>());
    }

    [Fact]
    public void A_table_s_shaded_cells_are_no_bars_and_bars_of_one_length_are_none_either()
    {
        static PdfShape Shape(params PageBox[] bars) => new(bars.Aggregate((a, b) => a.Union(b)), 0) { Bars = bars };
        var options = PdfFigureOptions.Default;
        // A shaded column: one left edge, one width.
        Assert.False(DrawnBars.Found([Shape([.. Enumerable.Range(0, 6).Select(i => new PageBox(100, 500 + i * 14, 180, 512 + i * 14))])], options));
        // A shaded header row: one bottom edge, cells of different widths but one height.
        Assert.False(DrawnBars.Found([Shape(new PageBox(100, 600, 180, 614), new PageBox(181, 600, 230, 614), new PageBox(231, 600, 330, 614), new PageBox(331, 600, 360, 614))], options));
        // Shaded cells ending at a table's column lines: one right edge, three widths over eight cells.
        double[] starts = [100, 300, 400, 100, 300, 400, 300, 400];
        Assert.False(DrawnBars.Found([Shape([.. starts.Select((x, i) => new PageBox(x, 500 + i * 20, 480, 518 + i * 20))])], options));
        // Bars: one base line, one thickness, five lengths, each drawn twice (filled, then stroked).
        var bars = new[] { 60.0, 120, 90, 200, 150 }.Select((w, i) => new PageBox(150, 500 + i * 30, 150 + w, 512 + i * 30)).ToArray();
        Assert.True(DrawnBars.Found([Shape(bars), Shape(bars)], options));
        Assert.False(DrawnBars.Found([Shape(bars)], options with { MinBars = 0 }));
    }

    [Fact]
    public void Where_captions_stand_over_figures_a_figure_opening_a_page_takes_the_caption_ending_the_page_before()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        byte[] jpeg = Jpeg();
        var first = builder.AddPage(595, 842);
        Paragraph(first, font, 760, lines: 8);
        first.AddText("Figure 1: Output by year", 10, new PdfPoint(200, 640), font);
        var second = builder.AddPage(595, 842);
        second.AddJpeg(jpeg, new PdfRectangle(150, 620, 450, 780));
        second.AddText("Figure 2: Output by sector", 10, new PdfPoint(200, 600), font);
        second.AddJpeg(jpeg, new PdfRectangle(150, 420, 450, 585));
        Paragraph(second, font, 380);
        var d = new PdfReportReader().Read(builder.Build());

        var figures = d.Blocks.OfType<Figure>().ToList();
        Assert.Equal(2, figures.Count);
        Assert.Equal("Figure 1: Output by year", figures[0].Caption.PlainText());
        Assert.Equal("Figure 2: Output by sector", figures[1].Caption.PlainText());
    }

    /// <summary>
    /// A line chart of two series over x = 150 … 430: one of 14 slanted segments between y = 450 and 490, one of 8 standing
    /// 16 points over it (too few marks to be a drawing alone), an axis at y = 440 and a dense grid from y = 560 to 590
    /// with "90" at its top line, tick years under the axis.
    /// </summary>
    private static void LineChart(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font)
    {
        Zigzag(page, 150, 450, 14, 40);
        Zigzag(page, 150, 506, 8, 44);
        foreach (double y in new[] { 440.0, 560, 570, 580, 590 }) page.DrawLine(new PdfPoint(145, y), new PdfPoint(435, y));
        page.AddText("0", 8, new PdfPoint(132, 437), font);
        page.AddText("90", 8, new PdfPoint(128, 587), font);
        for (int i = 0; i < 4; i++) page.AddText($"{2019 + i}", 8, new PdfPoint(160 + i * 80, 428), font);
    }

    /// <summary>A line of <paramref name="count"/> slanted segments 20 points wide from (x, y), going up and down by <paramref name="height"/>.</summary>
    private static void Zigzag(PdfPageBuilder page, double x, double y, int count, double height)
    {
        for (int i = 0; i < count; i++)
            page.DrawLine(new PdfPoint(x + i * 20, i % 2 == 0 ? y : y + height), new PdfPoint(x + (i + 1) * 20, i % 2 == 0 ? y + height : y));
    }

    [Fact]
    public void Two_framed_charts_side_by_side_each_over_its_caption_are_two_figures_and_one_caption_keeps_them_one()
    {
        static ReportDocument Read(bool twoCaptions)
        {
            var (builder, page, font) = PageWithText();
            foreach (double left in new[] { 60.0, 302 })
            {
                page.DrawRectangle(new PdfPoint(left, 460), 240, 150, 0.5); // the frame, 2 points from the next
                Zigzag(page, left + 20, 500, 10, 60);
                page.AddText("2019", 8, new PdfPoint(left + 20, 470), font);
                page.AddText("2024", 8, new PdfPoint(left + 200, 470), font);
            }
            page.AddText(twoCaptions ? "Figure 15 (data until July)" : "Figure 15: Spending in both areas", 9, new PdfPoint(120, 445), font);
            if (twoCaptions) page.AddText("Figure 16 (data until July)", 9, new PdfPoint(362, 445), font);
            return new PdfReportReader().Read(builder.Build());
        }

        var figures = Read(twoCaptions: true).Blocks.OfType<Figure>().ToList();
        Assert.Equal(["Figure 15 (data until July)", "Figure 16 (data until July)"], figures.Select(f => f.Caption.PlainText()));
        Assert.Single(Read(twoCaptions: false).Blocks.OfType<Figure>());
    }

    [Fact]
    public void A_line_chart_s_series_drawn_apart_and_its_grid_lines_over_it_belong_to_the_chart()
    {
        var (builder, page, font) = PageWithText();
        LineChart(page, font);
        var d = new PdfReportReader().Read(builder.Build());

        Assert.Single(d.Blocks.OfType<Figure>());
        Assert.DoesNotContain("90", BodyText(d));
        Assert.DoesNotContain("2020", BodyText(d));
    }

    [Fact]
    public void A_caption_over_a_chart_keeps_its_second_line_and_a_label_may_carry_a_letter_before_its_number()
    {
        var (builder, page, font) = PageWithText();
        LineChart(page, font);
        page.AddText("Figure SA1.", 11, new PdfPoint(60, 613), font);
        page.AddText("| Spending by area and year, in millions,", 9.5, new PdfPoint(122, 613), font);
        page.AddText("for every area, 2024", 9.5, new PdfPoint(122, 602), font);
        var d = new PdfReportReader().Read(builder.Build());

        var figure = Assert.Single(d.Blocks.OfType<Figure>());
        Assert.Equal("Figure SA1. | Spending by area and year, in millions, for every area, 2024", figure.Caption.PlainText());
        Assert.DoesNotContain("every area", BodyText(d));
    }
}
