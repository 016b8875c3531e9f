using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Structure;

public class FormattedHeadingTests
{
    private static ReportDocument Recover(params (string Text, bool Bold)[] lines) =>
        StructureRecovery.Recover(lines.SelectMany((l, i) => new[] { new SourceLine(l.Text, 2 * i + 1, 1, l.Bold), new SourceLine("", 2 * i + 2, 1) }).ToList());

    [Fact]
    public void A_short_bold_line_before_body_text_is_a_heading_and_the_guess_is_reported()
    {
        var doc = Recover(("Dear members:", false), ("Comments Invited", true), ("We invite comments on this proposal.", false));
        var heading = Assert.Single(doc.Blocks.OfType<Heading>());
        Assert.Equal("Comments Invited", heading.Title.PlainText());
        Assert.Null(heading.Label);
        Assert.Contains(doc.Diagnostics, d => d.Code == "heading-from-formatting" && d.Source!.StartLine == 3);
    }

    [Fact]
    public void Unnumbered_headings_rank_by_where_they_first_appear()
    {
        var doc = Recover(("Dear members:", false), ("Background", true), ("Text of the background.", false),
            ("(1) First point", false), ("Text of the point.", false));
        Assert.Equal([1, 2], doc.Blocks.OfType<Heading>().Select(h => h.Level));
    }

    [Theory]
    [InlineData("A bold sentence that ends.")]
    [InlineData("一、已有编号的标题")]
    [InlineData("2020")]
    [InlineData("-220")]
    [InlineData("图4 2021—2025年服务业增加值及其增长速度")] // a caption's label and number: a caption, not a heading
    [InlineData("Figure 2 Revenue by quarter")]
    [InlineData("〈 추진근거 〉")] // a box's title in angle brackets, printed over the box
    [InlineData("< 디지털플랫폼정부 실현계획 >")]
    [InlineData("＜参考＞")]
    [InlineData("② 민간 AI 전문기업과 협력하여 구축")] // an item numbered by a circled number
    public void Bold_sentences_and_numbered_lines_are_left_to_the_other_rules(string text)
    {
        var doc = Recover(("各位代表：", false), (text, true), ("正文。", false));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == "heading-from-formatting");
    }

    [Fact]
    public void A_bold_caption_stays_the_tables_caption()
    {
        var doc = StructureRecovery.Recover([
            new SourceLine("各位代表：", 1), new SourceLine("", 2), new SourceLine("主要指标", 3, Bold: true), new SourceLine("", 4),
            new SourceLine("项目\t数值", 5), new SourceLine("收入\t10", 6)]);
        Assert.Equal("主要指标", Assert.Single(doc.Blocks.OfType<Table>()).Caption.PlainText());
        Assert.Empty(doc.Blocks.OfType<Heading>());
    }

    [Fact]
    public void A_bold_line_over_a_numbered_heading_is_a_heading_above_it()
    {
        var doc = Recover(("Dear members:", false), ("Problems", true), ("(1) First problem", false), ("Text of the problem.", false));
        Assert.Equal(["Problems", "First problem"], doc.Blocks.OfType<Heading>().Select(h => h.Title.PlainText()));
        Assert.Equal([1, 2], doc.Blocks.OfType<Heading>().Select(h => h.Level));
    }
}
