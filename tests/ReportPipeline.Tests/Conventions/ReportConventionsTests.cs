using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Tests.Conventions;

public class ReportConventionsTests
{
    [Theory]
    [InlineData("各位代表：", true)]
    [InlineData("各位代表！", true)]
    [InlineData("各位委员、同志们：", true)]
    [InlineData("尊敬的各位领导、各位来宾：", true)]
    [InlineData("同志们：", true)]
    [InlineData("Dear colleagues,", true)]
    [InlineData("各位代表，新的蓝图已经绘就。", false)]
    [InlineData("主要做了以下工作：", false)]
    [InlineData("各位代表！在五年的发展历程中，我们更加深刻地感受到。", false)]
    public void Salutations_by_their_address_and_their_end(string text, bool salutation) =>
        Assert.Equal(salutation, ReportConventions.IsSalutation(text));

    [Theory]
    [InlineData("第一部分 预算报告", true)]
    [InlineData("第一部 分 预算报告", true)] // a space the glyph stage left inside the label
    [InlineData("第二篇", true)]
    [InlineData("Part One: The Budget", true)]
    [InlineData("第一部分收入增长较快，支出保持稳定。", false)] // a sentence
    [InlineData("关于某市预算执行情况的报告", false)]
    [InlineData("Partnerships for growth", false)]
    public void A_part_label_names_a_part_of_the_volume(string line, bool part) =>
        Assert.Equal(part, ReportConventions.IsPartLabel(line));

    [Fact]
    public void A_salutation_opening_a_paragraph_is_measured()
    {
        Assert.Equal(5, ReportConventions.SalutationLength("各位代表！在五年的发展历程中，我们感受到。"));
        Assert.Equal(0, ReportConventions.SalutationLength("这一年，我们感恩奋进！封关运作如期实现。"));
    }

    [Theory]
    [InlineData("附件1", "附件1", "")]
    [InlineData("附件：", "附件", "")]
    [InlineData("附件2 名词解释", "附件2", "名词解释")]
    [InlineData("附表3：2026年收支预算表", "附表3", "2026年收支预算表")]
    [InlineData("Annex A: Definitions", "Annex A", "Definitions")]
    public void Appendix_labels_and_their_titles(string line, string label, string title) =>
        Assert.Equal((label, title), ReportConventions.MatchAppendix(line));

    [Theory]
    [InlineData("附件材料已经印发各位代表。")]
    [InlineData("附件中的数据为初步统计。")]
    [InlineData("附表所列项目均已完成")]
    public void Running_text_that_mentions_an_appendix_is_not_one(string line) =>
        Assert.Null(ReportConventions.MatchAppendix(line));

    [Theory]
    [InlineData("名词解释", true)]
    [InlineData("《政府工作报告》有关内容名词注释", true)]
    [InlineData("有关名词解释：", true)]
    [InlineData("Glossary", true)]
    [InlineData("注释", false)]
    [InlineData("名词解释工作已经完成。", false)]
    public void Glossary_headings(string line, bool glossary) =>
        Assert.Equal(glossary, ReportConventions.IsGlossaryHeading(line));

    [Fact]
    public void One_set_of_bullets_for_text_and_layout()
    {
        Assert.Equal(2, ReportConventions.BulletLength("◦ 第一项"));
        Assert.Equal(2, ReportConventions.BulletLength("- item"));
        Assert.Equal(0, ReportConventions.BulletLength("-5%"));
        Assert.True(ReportConventions.IsBulletGlyph('◦'));
        Assert.False(ReportConventions.IsBulletGlyph('-')); // a hyphen in a PDF line is a minus sign or a dash
    }

    [Theory]
    [InlineData(new[] { 1, 1 }, 3, 1)]
    [InlineData(new[] { 2, 1 }, 4, 2)]
    [InlineData(new[] { 3 }, 3, 3)]
    [InlineData(new[] { 1 }, 1, 1)]
    public void Implicit_header_rows_are_the_first_and_those_its_cells_reach_into(int[] spans, int rows, int header) =>
        Assert.Equal(header, TableHeaderRows.Implicit(spans, rows));

    [Theory]
    [InlineData(new[] { 1, 2, 2, 3 }, true)]
    [InlineData(new[] { 1 }, true)]
    [InlineData(new[] { 1, 2, 1 }, false)]
    [InlineData(new[] { 2, 1 }, false)]
    [InlineData(new int[0], false)]
    public void A_lone_top_heading_is_the_title(int[] levels, bool lone) =>
        Assert.Equal(lone, ReportPipeline.Structure.Conventions.ReportConventions.HasLoneTitle(levels));

    [Theory]
    [InlineData("表1  2022年年末常住人口数及其构成", true)]
    [InlineData("单位：万人", true)]
    [InlineData("专栏2 重点工程", true)]
    [InlineData("表彰先进", false)]
    [InlineData("“十四五”时期工作回顾", false)]
    public void Caption_labels_are_told_from_text(string line, bool caption) =>
        Assert.Equal(caption, ReportPipeline.Structure.Conventions.ReportConventions.IsCaptionLabel(line));
}
