using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Pdf;

/// <summary>How the PDF reader meets a government report's page: its title block, its labels, its bracketed note markers.</summary>
public class PdfReportPageTests
{
    private static readonly BodyGeometry Body = new(new Dictionary<int, (double, double)> { [0] = (72, 522) }, 30, 16);

    /// <summary>A line of <paramref name="text"/> set in glyphs of <paramref name="size"/>, centred on the body's measure.</summary>
    private static PdfLine Centred(string text, double baseline, double size, bool bold = false)
    {
        double width = text.Length * size, left = 72 + (450 - width) / 2;
        return new PdfLine(text, left, left + width, baseline, size, bold, 1);
    }

    private static PdfLine Full(string text, double baseline, double size = 16, double left = 72) => new(text, left, 522, baseline, size, false, 1);

    private static List<PdfParagraph> Paragraphs(params PdfLine[] lines) =>
        PdfParagraphBuilder.Build(lines.Select(l => (PdfFlowItem)new FlowLine(l)), Body, PdfParagraphOptions.Default).OfType<PdfParagraph>().ToList();

    [Fact]
    public void A_title_wrapped_in_two_centred_lines_is_one_paragraph_however_short_its_first_line_ends()
    {
        var paragraphs = Paragraphs(Centred("关于某市预算执行情况和", 700, 22), Centred("预算草案的报告", 670, 22), Centred("——在某市人民代表大会上", 610, 16));
        Assert.Equal(["关于某市预算执行情况和预算草案的报告", "——在某市人民代表大会上"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Display_lines_far_apart_or_of_another_size_stay_apart()
    {
        Assert.Equal(2, Paragraphs(Centred("第一行标题文字", 700, 22), Centred("另一块标题", 630, 22)).Count);
        Assert.Equal(2, Paragraphs(Centred("第一行标题文字", 700, 22), Centred("副题文字", 672, 18)).Count);
    }

    [Fact]
    public void A_centred_line_under_a_full_occasion_line_is_a_paragraph_of_its_own()
    {
        var paragraphs = Paragraphs(Full("——2026年2月7日在某市第十六届人民代表大会第五次会议上", 500), Centred("市财政局", 470, 16));
        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void A_label_above_the_title_is_a_plain_paragraph_and_the_title_block_under_it_is_read_as_one()
    {
        PdfParagraph Para(PdfLine line) => new(line.Text, 1, line.Bold, [line]);
        var flow = new List<PdfFlowItem>
        {
            Para(new PdfLine("某市人大会议文件", 72, 190, 700, 14, true, 1, Styles: Enumerable.Repeat(PdfCharStyle.Bold, 8).ToList())),
            Para(Centred("关于某市预算执行情况的报告", 600, 22)),
            Para(Full("——2026年2月7日在某市第十六届人民代表大会第五次会议上", 540)),
            Para(Centred("市财政局", 510, 16)),
            Para(Full("各位代表：", 450)),
            Para(Full("受市人民政府委托，现将预算执行情况提请审议。", 420)),
        };
        var document = StructureRecovery.Recover(PdfCandidates.Build(flow, [], 16));
        Assert.Equal("关于某市预算执行情况的报告", document.Metadata.Title);
        Assert.Contains("第五次会议上", document.Metadata.Subtitle);
        Assert.Equal("市财政局", document.Metadata.Author);
        Assert.Empty(document.Blocks.OfType<Heading>());
        var label = Assert.IsType<Paragraph>(document.Blocks[0]);
        Assert.Equal("某市人大会议文件", label.Content.PlainText());
        Assert.Equal(ParagraphRole.DocumentLabel, label.Role); // printed before the title by every writer
        Assert.DoesNotContain(label.Content, i => i is Strong);
    }

    [Fact]
    public void A_bracketed_number_set_raised_is_one_marker_brackets_and_all()
    {
        const PdfCharStyle R = PdfCharStyle.Raised, N = PdfCharStyle.None;
        var text = new PdfStyledText("生产总值[²]1.5亿元", [N, N, N, N, R, R, R, N, N, N, N, N]);
        Assert.Equal<Inline>([new Text("生产总值"), new FootnoteReference("n2"), new Text("1.5亿元")], PdfInlines.Build(text, m => m.Key == "2" ? "n2" : null));
        Assert.Equal<Inline>([new Text("生产总值[²]1.5亿元")], PdfInlines.Build(text, _ => null));
        var level = new PdfStyledText("见[2]", [N, N, N, N]); // brackets on the line are a citation, not a raised marker
        Assert.Equal<Inline>([new Text("见[2]")], PdfInlines.Build(level, _ => "n2"));
    }

    [Fact]
    public void Raised_glyphs_outnumbering_a_short_line_still_stand_raised_over_it()
    {
        var glyphs = PdfStageTests.Word("居住", 100, 600, 12)
            .Concat(PdfStageTests.Word("[3]", 124, 604, 7.8)).ToList();
        var line = Assert.Single(PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default));
        Assert.Equal(12, line.Size);
        Assert.All(line.Styles!.Skip(2), s => Assert.True(s.HasFlag(PdfCharStyle.Raised)));
        var inlines = PdfInlines.Build(PdfStyledText.Of(line), m => m.Key == "3" ? "n3" : null);
        Assert.Equal<Inline>([new Text("居住"), new FootnoteReference("n3")], inlines);
    }

    [Fact]
    public void A_section_number_set_apart_from_its_title_stays_on_its_line()
    {
        var glyphs = PdfStageTests.Word("2", 73, 754, 13.5, bold: true).Append(new PdfGlyph(" ", 87, 91, 754, 13.5, true))
            .Concat(PdfStageTests.Word("보험", 104, 754, 13.5, bold: true)).Append(new PdfGlyph(" ", 131, 135, 754, 13.5, true))
            .Concat(PdfStageTests.Word("현황", 136, 754, 13.5, bold: true)).ToList(); // an empty gap of 13.5 after the number
        Assert.Equal("2 보험 현황", Assert.Single(PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default)).Text);
        var words = PdfStageTests.Word("보험", 73, 700, 13.5).Append(new PdfGlyph(" ", 100, 104, 700, 13.5, false))
            .Concat(PdfStageTests.Word("현황", 126, 700, 13.5)).ToList(); // words far apart on a row that draws spaces: two columns
        Assert.Equal(2, PdfLineBuilder.Build(words, 1, PdfLineOptions.Default).Count);
    }

    [Fact]
    public void Spaces_drawn_one_after_another_in_letter_spaced_text_make_one_space()
    {
        var glyphs = PdfStageTests.Word("이슈와", 100, 700, 20)
            .Concat(Enumerable.Range(0, 4).Select(i => new PdfGlyph(" ", 160 + i * 5, 165 + i * 5, 700, 20, false)))
            .Concat(PdfStageTests.Word("논점", 181, 700, 20)).ToList();
        Assert.Equal("이슈와 논점", Assert.Single(PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default)).Text);
    }

    [Fact]
    public void A_masthead_set_higher_than_the_title_in_another_column_is_no_heading()
    {
        PdfParagraph Para(PdfLine line) => new(line.Text, 1, line.Bold, [line]);
        static PdfLine Bold(string text, double left, double baseline, double size, int column) =>
            new(text, left, left + text.Length * size, baseline, size, true, 1, column, Enumerable.Repeat(PdfCharStyle.Bold, text.Length).ToList());
        var flow = new List<PdfFlowItem>
        {
            Para(new PdfLine("발행일 2020년 4월 2일", 62, 200, 720, 10, false, 1)),
            Para(Bold("코로나-19 관련 보험약관상 재해보험금", 62, 620, 32, 0)),
            Para(new PdfLine("2020.1.1. 관련 규정이 변경되어 적용됨에 따라 혼선이 초래되었다.", 62, 520, 560, 12, false, 1)),
            Para(Bold("이슈와 논점", 412, 717, 26, 1)),
            Para(new PdfLine("보험실무상 혼선이 야기되고 있다.", 318, 540, 500, 12, false, 1, 1)),
        };
        var document = StructureRecovery.Recover(PdfCandidates.Build(flow, [], 12));
        Assert.Empty(document.Blocks.OfType<Heading>());
        Assert.Contains(document.Blocks.OfType<Paragraph>(), p => p.Content.PlainText() == "이슈와 논점");
    }

    private static PdfLine Ragged(string text, double baseline, double left = 72, bool bold = false) =>
        new(text, left, left + text.Length * 6, baseline, 12, bold, 1);

    [Fact]
    public void In_ragged_right_text_a_line_ends_its_paragraph_only_where_the_next_word_would_have_fit()
    {
        var body = new BodyGeometry(new Dictionary<int, (double, double)> { [0] = (72, 300) }, 14, 12);
        List<PdfParagraph> Build(params PdfLine[] lines) =>
            PdfParagraphBuilder.Build(lines.Select(l => (PdfFlowItem)new FlowLine(l)), body, PdfParagraphOptions.Default).OfType<PdfParagraph>().ToList();
        // 204 of 228 points used; "Applicability" needs 78 more: the line wrapped.
        var heading = Build(Ragged("Explanation of Change to the", 700, bold: true), Ragged("Applicability", 686, bold: true));
        Assert.Equal("Explanation of Change to the Applicability", Assert.Single(heading).Text);
        // "(2)" needs 18: it would have fit after the first line, so the first line ended its paragraph.
        var clauses = Build(Ragged("(1) Is not significant,", 700), Ragged("(2) Will not affect intrastate aviation", 686));
        Assert.Equal(2, clauses.Count);
    }
}
