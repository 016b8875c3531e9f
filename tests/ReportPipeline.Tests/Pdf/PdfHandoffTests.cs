using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Pdf;

/// <summary>How the PDF reader hands recovery its blocks: rich text from the glyphs, references, spans, places.</summary>
public class PdfHandoffTests
{
    private const PdfCharStyle B = PdfCharStyle.Bold, R = PdfCharStyle.Raised, N = PdfCharStyle.None;

    private static PdfStyledText Styled(params (string Text, PdfCharStyle Style)[] runs) =>
        new(string.Concat(runs.Select(r => r.Text)), runs.SelectMany(r => Enumerable.Repeat(r.Style, r.Text.Length)).ToList());

    private static PdfLine Line(PdfStyledText text, double y, int page = 1) => new(text.Text, 80, 500, y, 12, false, page, Styles: text.Styles);

    [Fact]
    public void Bold_glyphs_make_a_strong_run_and_a_raised_number_a_reference_to_its_note()
    {
        var text = Styled(("收入稳步增长。", B), ("全年完成", N), ("1", R), ("亿元。", N));
        var inlines = PdfInlines.Build(text, m => m.Key == "1" ? "n1" : null);
        Assert.Equal<Inline>([new Strong([new Text("收入稳步增长。")]), new Text("全年完成"), new FootnoteReference("n1"), new Text("亿元。")], inlines);
    }

    [Fact]
    public void A_raised_number_no_note_answers_stays_a_superscript_and_an_exponent_is_never_a_marker()
    {
        var unit = PdfInlines.Build(Styled(("占地 50000 m", N), ("2", R), ("，", N)), _ => "always");
        Assert.Equal<Inline>([new Text("占地 50000 m²，")], unit);
        var unknown = PdfInlines.Build(Styled(("见说明", N), ("7", R)), _ => null);
        Assert.Equal<Inline>([new Text("见说明⁷")], unknown);
    }

    [Fact]
    public void A_raised_symbol_is_a_marker_too()
    {
        var inlines = PdfInlines.Build(Styled(("Title", B), ("*", R)), m => m.Key == "*" ? "star" : null);
        Assert.Equal<Inline>([new Strong([new Text("Title"), new FootnoteReference("star")])], inlines); // a marker ending a bold run stays in it
    }

    [Fact]
    public void Lines_join_with_their_styles_in_step()
    {
        var joined = PdfStyledText.Of(Line(Styled(("the lead", B)), 700)).Append(PdfStyledText.Of(Line(Styled(("runs on.", B), (" Then", N)), 688)));
        Assert.Equal("the lead runs on. Then", joined.Text);
        Assert.Equal<Inline>([new Strong([new Text("the lead runs on.")]), new Text(" Then")], PdfInlines.Build(joined, null));
    }

    [Fact]
    public void A_pdf_place_reads_as_its_page_and_box()
    {
        Assert.Equal("page 3 [10,20,30,40]", SourceSpan.OnPage(3, new PageBox(10, 20, 30, 40)).ToString());
        Assert.Equal("pages 3-4", SourceSpan.OnPage(3).Through(SourceSpan.OnPage(4)).ToString());
        Assert.Equal("lines 2-5", SourceSpan.Line(2).Through(SourceSpan.Line(5)).ToString());
    }

    [Fact]
    public void Notes_become_definitions_with_ids_and_the_paragraph_citing_them_references_them()
    {
        var body = Line(Styled(("增长", N), ("1", R), ("。", N)), 700);
        var note = Line(Styled(("1", R), (" 按可比价格计算。", N)), 80);
        var zone = new List<PdfFootnote> { new(1, "按可比价格计算。", 1, [note], 2) };
        var flow = new List<PdfFlowItem> { new PdfParagraph("增长¹。", 1, false, [body]), new FlowNotes(0, 1, 1) };
        var decoded = PdfCandidates.Build(flow, zone);
        var paragraph = Assert.IsType<ParagraphCandidate>(decoded.Candidates[0]);
        var definition = Assert.IsType<FootnoteCandidate>(decoded.Candidates[1]);
        Assert.Equal(definition.Id, Assert.Single(paragraph.Text.Rich!.FootnoteReferences()).FootnoteId);
        Assert.Equal("按可比价格计算。", definition.Text.Plain);
        Assert.Equal(1, definition.Source.Page);
        Assert.Equal(0, definition.Source.StartLine);
        Assert.False(decoded.PageBreaks);
    }

    [Fact]
    public void A_ruled_grid_gives_header_rows_down_to_where_its_cells_reach_and_keeps_spans()
    {
        PdfTableCell Cell(int row, int column, string text, int rowSpan = 1, int colSpan = 1) =>
            new(row, column, rowSpan, colSpan, [new PdfLine(text, 0, 10, 0, 10, false, 1)]);
        var table = new PdfTable([], 700, 600, 1, [
            Cell(0, 0, "项目", rowSpan: 2), Cell(0, 1, "2025年", colSpan: 2),
            Cell(1, 1, "预算"), Cell(1, 2, "执行"),
            Cell(2, 0, "收入"), Cell(2, 1, "10"), Cell(2, 2, "12")], 50, 400);
        var candidate = PdfTableCandidates.Build(table, _ => null);
        Assert.Equal(2, candidate.Header.Count);
        Assert.Equal((2, 1), (candidate.Header[0][0].RowSpan, candidate.Header[0][0].ColumnSpan));
        Assert.Equal(2, candidate.Header[0][1].ColumnSpan);
        Assert.Equal(["收入", "10", "12"], Assert.Single(candidate.Body).Select(c => c.Text.Plain));
        Assert.Equal(1, candidate.Source.Page);
    }

    [Fact]
    public void A_table_continued_on_the_next_page_drops_its_repeated_header()
    {
        TableCandidate Part(int page, params string[][] rows) => TableAssembler.Build(rows, null, SourceSpan.OnPage(page));
        var first = Part(1, ["Item", "Amount"], ["Tax", "10"]);
        var second = Part(2, ["Item", "Amount"], ["Fees", "3"]);
        Assert.True(PdfTableCandidates.Continues(first, second));
        var merged = PdfTableCandidates.Merge(first, second);
        Assert.Equal(["Tax", "Fees"], merged.Body.Select(r => r[0].Text.Plain));
        Assert.Equal("pages 1-2", merged.Source.ToString());
    }
}

/// <summary>Tables set without rulings, found from numbers aligned in columns.</summary>
public class AlignedTableTests
{
    private static PdfLine Cell(string text, double left, double right, double y) => new(text, left, right, y, 10, false, 1);

    [Fact]
    public void Right_aligned_numbers_under_a_header_make_a_table_and_a_centred_title_spans_its_columns()
    {
        var lines = new List<PdfLine>
        {
            Cell("Revenue statement", 50, 200, 760),
            Cell("Actual", 272, 305, 720),
            Cell("2023", 240, 262, 706), Cell("2024", 318, 340, 706),
            Cell("Taxes", 50, 80, 692), Cell("1,205", 236, 262, 692), Cell("987", 322, 340, 692),
            Cell("Fees", 50, 75, 678), Cell("38", 250, 262, 678), Cell("2,001", 314, 340, 678),
            Cell("Total", 50, 76, 664), Cell("1,243", 236, 262, 664), Cell("2,988", 314, 340, 664),
            Cell("The total rose by a third.", 50, 300, 630),
        };
        var (tables, text) = AlignedTableDetector.Detect(lines, 1, AlignedTableOptions.Default);
        var table = Assert.Single(tables);
        Assert.Equal(["Revenue statement", "The total rose by a third."], text.Select(l => l.Text));
        Assert.Equal(2, table.HeaderRows);
        Assert.Equal([["", "Actual", ""], ["", "2023", "2024"], ["Taxes", "1,205", "987"], ["Fees", "38", "2,001"], ["Total", "1,243", "2,988"]],
            table.Rows.Select(r => r.ToArray()));
        Assert.Equal(2, table.Cells!.Single(c => c.Row == 0 && c.Column == 1).ColumnSpan);
    }

    [Fact]
    public void Two_lines_of_prose_with_a_number_are_no_table()
    {
        var lines = new List<PdfLine>
        {
            Cell("In 2024 the county", 50, 200, 700), Cell("collected", 260, 340, 700),
            Cell("more than before.", 50, 200, 686),
        };
        Assert.Empty(AlignedTableDetector.Detect(lines, 1, AlignedTableOptions.Default).Tables);
    }
}

/// <summary>Notes at the foot of a page marked with symbols, or not marked at all.</summary>
public class FootnoteZoneSymbolTests
{
    private static PdfLine L(string text, double y, double size, int page = 1) => new(text, 80, 500, y, size, false, page);

    /// <summary>A line whose first character is set raised (a symbol marker).</summary>
    private static PdfLine Raised(string text, double y, double size) =>
        L(text, y, size) with { Styles = [PdfCharStyle.Raised, .. Enumerable.Repeat(PdfCharStyle.None, text.Length - 1)] };

    [Fact]
    public void A_symbol_opens_a_note_and_a_labelled_line_beside_it_is_a_note_without_a_marker()
    {
        var lines = new List<PdfLine> { L("正文第一行。", 700, 16), L("收稿日期：2023-11-15；修回日期：2024-1-30。", 90, 9), Raised("*本研究得到基金资助，", 75, 9), L("特此致谢。", 62, 9) };
        var (body, notes) = FootnoteZoneDetector.Separate(lines, 16, 842, [], FootnoteZoneOptions.Default);
        Assert.Single(body);
        Assert.Equal([("", "收稿日期：2023-11-15；修回日期：2024-1-30。"), ("*", "本研究得到基金资助，特此致谢。")], notes.Select(n => (n.Symbol, n.Text)));
    }

    [Fact]
    public void Circled_numbers_cited_after_a_word_open_notes_set_small_at_the_foot_though_not_raised_there()
    {
        var body = new List<PdfLine> { L("（一）一般公共预算①执行情况", 700, 16), L("1.全市②一般公共预算执行情况", 670, 16), L("收入完成，为预算的百分之百。", 640, 16) };
        var cited = FootnoteZoneDetector.CitedSymbols(body);
        Assert.Equal(["①", "②"], cited.Order());
        var lines = new List<PdfLine>(body) { L("①一般公共预算是指以税收为主体的财政收入，安排用于", 120, 12), L("保障和改善民生的收支预算。", 104, 12), L("②全市预算收支数为市本级和各区预算收支数。", 88, 12) };
        var (kept, notes) = FootnoteZoneDetector.Separate(lines, 16, 842, [], FootnoteZoneOptions.Default, cited: cited);
        Assert.Equal(3, kept.Count);
        Assert.Equal([("①", "一般公共预算是指以税收为主体的财政收入，安排用于保障和改善民生的收支预算。"), ("②", "全市预算收支数为市本级和各区预算收支数。")],
            notes.Select(n => (n.Symbol, n.Text)));
        // A circled number opening an item after a colon is no citation: "包括：①…；②…".
        Assert.Empty(FootnoteZoneDetector.CitedSymbols([L("主要包括：①加强管理；②优化结构。", 700, 16)]));
    }

    [Fact]
    public void A_labelled_small_line_alone_at_the_foot_stays_text_unless_a_separator_stands_above_it()
    {
        var lines = new List<PdfLine> { L("正文第一行。", 700, 16), L("资料来源：统计局。", 90, 9) };
        Assert.Empty(FootnoteZoneDetector.Separate(lines, 16, 842, [], FootnoteZoneOptions.Default).Notes);
        Assert.Single(FootnoteZoneDetector.Separate(lines, 16, 842, [], FootnoteZoneOptions.Default, separator: 100).Notes);
    }

    [Fact]
    public void A_note_cut_at_the_foot_of_a_column_goes_on_at_the_foot_of_the_next()
    {
        var earlier = new List<PdfFootnote> { new(1, "The first note runs on", 1, [L("¹ The first note runs on", 60, 9)], 2) };
        var (_, notes) = FootnoteZoneDetector.Separate([L("Right column text.", 700, 16), L("into the next column.", 60, 9)], 16, 842, earlier, FootnoteZoneOptions.Default);
        Assert.Empty(notes);
        Assert.Equal("The first note runs on into the next column.", earlier[0].Text);
    }
}
