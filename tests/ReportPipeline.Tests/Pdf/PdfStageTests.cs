using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Each layout stage of the PDF reader on a small hand-made page.</summary>
public class PdfStageTests
{
    /// <summary>A hand-made word: square glyphs of the size, side by side.</summary>
    internal static IEnumerable<PdfGlyph> Word(string text, double left, double baseline, double size, bool bold = false) =>
        text.Select((c, i) => new PdfGlyph(c.ToString(), left + i * size, left + (i + 1) * size, baseline, size, bold));

    [Fact]
    public void Raised_small_digits_become_superscript_markers()
    {
        var glyphs = Word("收入增长", 100, 700, 16).Concat(Word("1", 164, 706, 7)).Concat(Word("。", 172, 700, 16));
        var line = Assert.Single(PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default));
        Assert.Equal("收入增长¹。", line.Text);
        Assert.Equal(16, line.Size);
    }

    [Fact]
    public void A_wide_gap_splits_a_row_into_columns()
    {
        var glyphs = Word("left", 50, 700, 10).Concat(Word("right", 200, 700, 10));
        Assert.Equal(["left", "right"], PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default).Select(l => l.Text));
    }

    [Theory]
    [InlineData("推进 11.", "9 个百分点", "推进 11.9 个百分点")]
    [InlineData("做好属地服务保障，“1+12", "+3”赛时专班", "做好属地服务保障，“1+12+3”赛时专班")]
    [InlineData("产业占 G", "DP 比重", "产业占 GDP 比重")]
    [InlineData("the reserve was", "drawn down", "the reserve was drawn down")]
    [InlineData("因地制", "宜发展", "因地制宜发展")]
    public void Wrapped_lines_join_as_the_script_requires(string left, string right, string joined) =>
        Assert.Equal(joined, PdfLineBuilder.JoinWrapped(left, right));

    [Theory]
    [InlineData("¹ 注释正文", 5, 1, "注释正文")]
    [InlineData("12025 年中省调整", 1, 1, "2025 年中省调整")]
    [InlineData("3) 개정 이유는", 3, 3, "개정 이유는")]
    public void A_note_opens_with_a_marker_or_the_next_number(string line, int expected, int number, string text) =>
        Assert.Equal((number, text), FootnoteZoneDetector.Marker(line, expected));

    [Theory]
    [InlineData("10 20 30 40 50 60 70 80 90 100")]
    [InlineData("1 0")]
    [InlineData("1999, pp. 1–11. Smith, J.")]
    public void A_row_of_numbers_is_no_note(string line) => Assert.Null(FootnoteZoneDetector.Marker(line, expected: 1));

    [Fact]
    public void A_numbered_list_inside_a_note_does_not_open_notes() =>
        Assert.Null(FootnoteZoneDetector.Marker("1) 한국표준질병·사인분류상의", expected: 3));

    [Fact]
    public void The_footnote_zone_is_the_small_print_at_the_foot()
    {
        PdfLine L(string text, double y, double size) => new(text, 80, 500, y, size, false, 1);
        var lines = new List<PdfLine> { L("正文第一行", 700, 16), L("正文写到页尾“原", 100, 16), L("¹ 第一条注释。", 80, 11), L("² 第二条注释，", 65, 11), L("转下页。", 50, 11) };
        var (body, notes) = FootnoteZoneDetector.Separate(lines, 16, 842, [], FootnoteZoneOptions.Default);
        Assert.Equal(2, body.Count);
        Assert.Equal([(1, "第一条注释。"), (2, "第二条注释，转下页。")], notes.Select(n => (n.Number, n.Text)));
    }

    [Fact]
    public void Small_print_of_another_size_set_apart_under_the_notes_is_no_part_of_them()
    {
        // A back cover's registration number under the last note: another size, well below the note's last line.
        PdfLine L(string text, double y, double size) => new(text, 80, 500, y, size, false, 4);
        var lines = new List<PdfLine> { L("본문 마지막 줄이다.", 700, 11.5), L("1) 인덱스 보험이라고도 불리며 가나", 120, 8.5),
            L("다라 보험을 말함", 107, 8.5), L("발간등록번호 31-9735045", 57, 9), L("ISSN 2005-744X", 41, 9) };
        var (body, notes) = FootnoteZoneDetector.Separate(lines, 11.5, 859, [], FootnoteZoneOptions.Default);
        Assert.Equal("인덱스 보험이라고도 불리며 가나 다라 보험을 말함", Assert.Single(notes).Text);
        Assert.Equal(["본문 마지막 줄이다.", "발간등록번호 31-9735045", "ISSN 2005-744X"], body.Select(l => l.Text));
    }

    [Fact]
    public void A_zone_of_another_size_than_the_note_before_does_not_continue_it()
    {
        var earlier = new List<PdfFootnote> { new(9, "수지가 같아진다는 것은", 3, [new PdfLine("9) 수지가 같아진다는 것은", 80, 500, 90, 8.5, false, 3)]) };
        var lines = new List<PdfLine> { new("본문", 80, 500, 700, 11.5, false, 4), new("07233 서울시 영등포구", 80, 300, 57, 9, false, 4) };
        var (body, notes) = FootnoteZoneDetector.Separate(lines, 11.5, 859, earlier, FootnoteZoneOptions.Default);
        Assert.Empty(notes);
        Assert.Equal(2, body.Count);
        Assert.Equal("수지가 같아진다는 것은", earlier[0].Text);
        // Set in the note's size, the same line goes on with it.
        var (_, none) = FootnoteZoneDetector.Separate([lines[0], lines[1] with { Size = 8.5 }], 11.5, 859, earlier, FootnoteZoneOptions.Default);
        Assert.Empty(none);
        Assert.EndsWith("07233 서울시 영등포구", earlier[0].Text);
    }

    [Fact]
    public void A_zone_without_a_marker_continues_the_last_note_of_the_page_before()
    {
        var earlier = new List<PdfFootnote> { new(4, "上一页的注释写到", 1) };
        var lines = new List<PdfLine> { new("正文", 80, 500, 700, 16, false, 2), new("这里结束。", 80, 500, 80, 11, false, 2) };
        var (_, notes) = FootnoteZoneDetector.Separate(lines, 16, 842, earlier, FootnoteZoneOptions.Default);
        Assert.Empty(notes);
        Assert.Equal("上一页的注释写到这里结束。", earlier[0].Text);
    }

    [Theory]
    [InlineData("— 3 —")]
    [InlineData("—— 3 ——")] // a double dash each side (a city's budget report)
    [InlineData("-3-")]
    [InlineData("第 3 页 共 19 页")]
    [InlineData("Page 3 of 19")]
    [InlineData("3")]
    public void Page_numbers_in_the_margin_are_furniture(string text)
    {
        var lines = new List<PdfLine> { new("正文", 80, 500, 400, 16, false, 1), new(text, 280, 320, 40, 12, false, 1) };
        var (body, furniture) = PageFurnitureDetector.Separate(lines, new Dictionary<int, double> { [1] = 842 }, FurnitureOptions.Default);
        Assert.Equal(["正文"], body.Select(l => l.Text));
        Assert.Equal(FurnitureKind.PageNumber, Assert.Single(furniture).Kind);
    }

    [Fact]
    public void A_running_header_repeated_on_pages_is_furniture()
    {
        var lines = Enumerable.Range(1, 3).SelectMany(p => new[] { new PdfLine($"Federal Register / Vol. 85 / Page {4000 + p}", 80, 500, 800, 8, false, p), new PdfLine("Body text", 80, 500, 400, 10, false, p) }).ToList();
        var (body, furniture) = PageFurnitureDetector.Separate(lines, Enumerable.Range(1, 3).ToDictionary(p => p, _ => 842.0), FurnitureOptions.Default);
        Assert.All(body, l => Assert.Equal("Body text", l.Text));
        Assert.Equal(3, furniture.Count(f => f.Kind == FurnitureKind.Header));
    }

    [Fact]
    public void Columns_are_read_one_after_the_other()
    {
        var lines = new List<PdfLine>();
        for (int i = 0; i < 8; i++)
        {
            lines.Add(new PdfLine($"left {i}", 50, 250, 700 - i * 12, 10, false, 1));
            lines.Add(new PdfLine($"right {i}", 300, 500, 700 - i * 12, 10, false, 1));
        }
        var ordered = ReadingOrder.Order(lines.OrderByDescending(l => l.Baseline).ToList(), 595);
        Assert.Equal([.. Enumerable.Range(0, 8).Select(i => $"left {i}"), .. Enumerable.Range(0, 8).Select(i => $"right {i}")], ordered.Select(l => l.Text));
        Assert.Equal([0, 1], ordered.Select(l => l.Column).Distinct());
    }

    [Fact]
    public void Rulings_make_a_table_and_a_missing_ruling_merges_cells()
    {
        // Two columns, two rows; the middle vertical ruling stops at the second row: the top row is one merged cell.
        var rules = new List<PdfRule>
        {
            new(100, 700, 300, 700), new(100, 680, 300, 680), new(100, 660, 300, 660),
            new(100, 660, 100, 700), new(300, 660, 300, 700), new(200, 660, 200, 680),
        };
        var glyphs = Word("合并", 110, 686, 10).Concat(Word("甲", 110, 666, 10)).Concat(Word("乙", 210, 666, 10)).ToList();
        var page = new PdfPageContent(1, 595, 842, glyphs, rules);
        var (tables, outside) = RulingTableDetector.Detect(page, RulingTableOptions.Default, PdfLineOptions.Default);
        var table = Assert.Single(tables);
        Assert.Empty(outside);
        Assert.Equal([["合并", ""], ["甲", "乙"]], table.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void An_indented_line_opens_a_paragraph_and_a_page_break_does_not()
    {
        var geometry = new BodyGeometry(new Dictionary<int, (double, double)> { [0] = (80, 520) }, 24, 16);
        PdfFlowItem L(string text, double left, double right, double y, int page) => new FlowLine(new PdfLine(text, left, right, y, 16, false, page));
        var flow = new[]
        {
            L("第一段开始", 112, 520, 700, 1), L("写到页尾", 80, 520, 676, 1),
            new FlowNotes(0, 1, 1),
            L("翻页接着写完。", 80, 300, 760, 2), L("第二段。", 112, 300, 736, 2),
        };
        var items = PdfParagraphBuilder.Build(flow, geometry, PdfParagraphOptions.Default);
        Assert.Collection(items,
            p => Assert.Equal("第一段开始写到页尾翻页接着写完。", Assert.IsType<PdfParagraph>(p).Text),
            n => Assert.IsType<FlowNotes>(n),
            p => Assert.Equal("第二段。", Assert.IsType<PdfParagraph>(p).Text));
    }

    [Theory]
    [InlineData("wet years only.", 2)]
    [InlineData("as plotted in the second panel of", 1)]
    public void A_figure_caption_after_a_finished_sentence_opens_a_paragraph(string before, int paragraphs)
    {
        var geometry = new BodyGeometry(new Dictionary<int, (double, double)> { [0] = (80, 520) }, 12, 10);
        PdfFlowItem L(string text, double y) => new FlowLine(new PdfLine(text, 80, 520, y, 10, false, 1));
        var flow = new[] { L("The values below the line are estimates for the", 700), L(before, 688), L("Fig. 4. Net flow reductions for all catchments.", 676) };
        var items = PdfParagraphBuilder.Build(flow, geometry, PdfParagraphOptions.Default).OfType<PdfParagraph>().ToList();
        Assert.Equal(paragraphs, items.Count);
        Assert.EndsWith("Fig. 4. Net flow reductions for all catchments.", items[^1].Text);
    }
}
