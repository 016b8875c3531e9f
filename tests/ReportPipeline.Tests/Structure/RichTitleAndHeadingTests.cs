using ReportPipeline.Model;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Structure;

/// <summary>Title block and headings from rich blocks, as the PDF reader hands them (bold runs, note references).</summary>
public class RichTitleAndHeadingTests
{
    private static ParagraphCandidate Para(int line, params Inline[] inlines) =>
        new(RecoveredText.FromInlines([.. inlines]), SourceSpan.Line(line));

    [Fact]
    public void A_title_that_carries_a_note_is_still_the_title_and_the_note_stays_a_note()
    {
        var decoded = new DecodedReport(
        [
            Para(1, new Text("某市2025年国民经济和社会发展统计公报"), new FootnoteReference("1")),
            Para(2, new Text("2025年，全市经济运行稳中有进。")),
            new FootnoteCandidate(1, "[1]", RecoveredText.FromPlain("本公报中数据均为初步统计数。"), SourceSpan.Line(3), "1"),
        ], null, false);
        var document = StructureRecovery.Recover(decoded);
        Assert.Equal("某市2025年国民经济和社会发展统计公报", document.Metadata.Title);
        Assert.Single(document.Footnotes);
    }

    [Fact]
    public void A_later_title_block_line_with_a_note_ends_the_block()
    {
        var decoded = new DecodedReport(
        [
            Para(1, new Text("统计公报")),
            Para(2, new Text("某市统计局"), new FootnoteReference("1")),
            Para(3, new Text("全年经济运行稳中有进。")),
            new FootnoteCandidate(1, "1", RecoveredText.FromPlain("说明。"), SourceSpan.Line(4), "1"),
        ], null, false);
        var document = StructureRecovery.Recover(decoded);
        Assert.Null(document.Metadata.Subtitle);
        Assert.Contains(document.FootnoteReferences(), r => r.FootnoteId == "1");
    }

    [Fact]
    public void A_bold_heading_whose_figures_are_set_regular_reads_as_one_unbolded_title()
    {
        var decoded = new DecodedReport(
        [
            Para(1, new Strong([new Text("一、")]), new Text("2025"), new Strong([new Text("年预算执行情况")])),
            Para(2, new Text("全年收入完成。")),
        ], new Metadata("报告", null, null, null, "zh-CN"), false);
        var heading = Assert.Single(StructureRecovery.Recover(decoded).Blocks.OfType<Heading>());
        Assert.Equal<Inline>([new Text("2025年预算执行情况")], heading.Title);
    }

    [Fact]
    public void A_heading_with_a_bold_word_among_regular_words_keeps_its_emphasis()
    {
        var decoded = new DecodedReport(
        [
            Para(1, new Text("一、关于"), new Strong([new Text("重点")]), new Text("任务")),
            Para(2, new Text("全年收入完成。")),
        ], new Metadata("报告", null, null, null, "zh-CN"), false);
        var heading = Assert.Single(StructureRecovery.Recover(decoded).Blocks.OfType<Heading>());
        Assert.Contains(heading.Title, i => i is Strong);
    }
}
