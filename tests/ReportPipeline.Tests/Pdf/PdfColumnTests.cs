using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Columns found where no clear gutter stands between them (<see cref="CloseGutters"/>), on hand-made glyph rows.</summary>
public class PdfColumnTests
{
    /// <summary>A row of 10 pt glyphs 5 pt apart from <paramref name="x"/>, spaces drawn as glyphs.</summary>
    private static IEnumerable<PdfGlyph> Row(string text, double x, double baseline) =>
        text.Select((c, i) => new PdfGlyph(c.ToString(), x + i * 5, x + i * 5 + 4.6, baseline, 10, false));

    private static List<PdfLine> Build(IEnumerable<PdfGlyph> glyphs) =>
        PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default, ReadingOrderOptions.Default);

    [Fact]
    public void Two_columns_set_a_font_size_apart_are_split_and_read_column_by_column()
    {
        // Left column lines of 46 letters end at 301.6; the right column starts at 310: a gap of 8.4 pt (under a font size),
        // narrower than the row's own split (1.6 sizes, or 0.9 once drawn spaces are taken away).
        var glyphs = Enumerable.Range(0, 12).SelectMany(i =>
            Row($"left{i:00} aaaa bbbb cccc dddd eeee ffff gggg hhhh", 72, 700 - i * 12)
                .Concat(Row($"right{i:00} iiii jjjj kkkk llll mmmm nnnn ooo", 310, 700 - i * 12))).ToList();
        var lines = Build(glyphs);
        Assert.Equal(24, lines.Count);
        Assert.All(lines, l => Assert.True(l.Right < 305 || l.Left > 305, $"a line runs over the gutter: {l.Text}"));
        var ordered = ReadingOrder.Order(lines, 595);
        Assert.Equal([.. Enumerable.Range(0, 12).Select(i => $"left{i:00}"), .. Enumerable.Range(0, 12).Select(i => $"right{i:00}")],
            ordered.Select(l => l.Text[..(l.Text.IndexOf(' '))]));
        // Without the page's rows looked at together (the line builder alone), each row is read straight across.
        Assert.Equal(12, PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default).Count);
    }

    [Fact]
    public void Wide_gaps_lining_up_inside_one_column_are_no_gutter()
    {
        // Five rows have a gap of 7 pt at the same place, text starting at x = 194 after it; the seven rows between run
        // through that place: one column whose stretched spaces happen to line up.
        var glyphs = new List<PdfGlyph>();
        for (int i = 0; i < 12; i++)
            glyphs.AddRange(i % 2 == 0 && i < 10
                ? Row($"row{i:00} words words words", 72, 700 - i * 12).Concat(Row("more words words words words", 194, 700 - i * 12))
                : Row($"row{i:00} words words words words words words words words words", 72, 700 - i * 12));
        var lines = Build(glyphs);
        Assert.Equal(12, lines.Count);
    }

    [Fact]
    public void A_number_label_set_apart_from_its_hanging_text_is_no_column()
    {
        // "(1)" … "(6)" at 72, their text hanging at 100 on every row: the label is too short to be a column.
        var glyphs = Enumerable.Range(1, 6).SelectMany(i =>
            Row($"({i})", 72, 700 - i * 12).Concat(Row("the item's text runs on here to the right", 100, 700 - i * 12))).ToList();
        var lines = Build(glyphs);
        Assert.Equal(6, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("(", l.Text));
    }

    [Fact]
    public void The_close_gutter_thresholds_are_options()
    {
        var glyphs = Enumerable.Range(0, 12).SelectMany(i =>
            Row($"left{i:00} aaaa bbbb cccc dddd eeee ffff gggg hhhh", 72, 700 - i * 12)
                .Concat(Row($"right{i:00} iiii jjjj kkkk llll mmmm nnnn ooo", 310, 700 - i * 12))).ToList();
        // A gap must be a font size wide to be a gutter: the 8.4 pt gap is not, and the rows stay whole.
        var options = ReportPipeline.Pipeline.ConversionOptionsFile.Parse("""{ "pdf": { "readingOrder": { "closeGutterGap": 1.0 } } }""");
        Assert.Equal(1.0, options.Pdf.ReadingOrder.CloseGutterGap);
        Assert.Equal(12, PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default, options.Pdf.ReadingOrder).Count);
        Assert.Equal(12, PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default, ReadingOrderOptions.Default with { CloseGutterRows = 13 }).Count);
    }

    [Fact]
    public void Columns_under_a_title_block_centred_over_the_gutter_are_read_column_by_column()
    {
        // Six centred lines (a title, affiliations) stand over the gutter at x = 300; 30 pt of empty page under them; then
        // two columns of 20 lines each, their lines alternating in height as two columns set with different leading do.
        var title = Enumerable.Range(0, 6).Select(i => new PdfLine($"affiliation {i}", 240, 360, 760 - i * 12, 9, false, 1)).ToList();
        var left = Enumerable.Range(0, 20).Select(i => new PdfLine($"left {i}", 54, 290, 660 - i * 10, 9, false, 1)).ToList();
        var right = Enumerable.Range(0, 20).Select(i => new PdfLine($"right {i}", 310, 556, 664 - i * 10, 9, false, 1)).ToList();
        // The lines come as the line builder gives them: top to bottom.
        List<PdfLine> page = [.. title.Concat(left).Concat(right).OrderByDescending(l => l.Baseline)];
        var ordered = ReadingOrder.Order(page, 612);
        Assert.Equal([.. title.Select(l => l.Text), .. left.Select(l => l.Text), .. right.Select(l => l.Text)], ordered.Select(l => l.Text));
        Assert.All(ordered.Take(6), l => Assert.Equal(ReadingOrder.AcrossColumns, l.Column));
        // With no empty band under the title block (the band gap option above the 30 pt), the page is read as one band.
        var joined = ReadingOrder.Order(page, 612, ReadingOrderOptions.Default with { BandGap = 20 });
        Assert.Equal(page.Select(l => l.Text), joined.Select(l => l.Text));
    }

    [Fact]
    public void Line_numbers_down_the_margin_are_furniture_and_a_tables_numbers_are_not()
    {
        // A transcript page: 1–8 down the left margin, each beside the line it numbers.
        var page = Enumerable.Range(1, 8).SelectMany(i => new[]
        {
            new PdfLine($"{i}", 90, 104, 700 - i * 24, 12, false, 1), new PdfLine($"spoken words on line {i}", 126, 500, 700 - i * 24, 12, false, 1),
        }).ToList();
        var (body, furniture) = PageFurnitureDetector.Separate(page, new Dictionary<int, double> { [1] = 792 }, FurnitureOptions.Default);
        Assert.Equal(8, furniture.Count(f => f.Kind == ReportPipeline.Model.FurnitureKind.LineNumber));
        Assert.All(body, l => Assert.StartsWith("spoken", l.Text));
        // A table's first column of figures stands under its header, not left of all other text: no line numbers.
        var table = Enumerable.Range(1, 8).SelectMany(i => new[]
        {
            new PdfLine($"{i * 7}", 90, 104, 600 - i * 14, 10, false, 1), new PdfLine($"row {i}", 126, 300, 600 - i * 14, 10, false, 1),
        }).Append(new PdfLine("Count Item", 90, 300, 620, 10, true, 1)).ToList();
        var (_, none) = PageFurnitureDetector.Separate(table, new Dictionary<int, double> { [1] = 792 }, FurnitureOptions.Default);
        Assert.DoesNotContain(none, f => f.Kind == ReportPipeline.Model.FurnitureKind.LineNumber);
        // Numbers that do not count down the page evenly are no line numbers either.
        var uneven = page.Select(l => l.Text == "3" ? l with { Text = "30" } : l).ToList();
        var (_, unevenFurniture) = PageFurnitureDetector.Separate(uneven, new Dictionary<int, double> { [1] = 792 }, FurnitureOptions.Default);
        Assert.DoesNotContain(unevenFurniture, f => f.Kind == ReportPipeline.Model.FurnitureKind.LineNumber);
    }
}
