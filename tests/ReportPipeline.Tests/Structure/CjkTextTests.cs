using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Structure;

public class CjkTextTests
{
    [Theory]
    [InlineData("危旧房“原", "拆原建”等", "危旧房“原拆原建”等")]
    [InlineData("更新老化燃气管道20", "公里，新改建", "更新老化燃气管道20公里，新改建")]
    [InlineData("因地制", "宜发展", "因地制宜发展")]
    [InlineData("drawn down to 6.1 percent of operating", "spending, still", "drawn down to 6.1 percent of operating spending, still")]
    [InlineData("state-", "owned", "state-owned")]
    public void Joins_fragments_with_a_space_only_between_latin_words(string left, string right, string expected) =>
        Assert.Equal(expected, CjkText.JoinFragments(left, right));

    [Theory]
    [InlineData("社会发 展计划", "社会发展计划")]
    [InlineData("2025 年国民经济", "2025 年国民经济")]
    [InlineData("GDP 能耗", "GDP 能耗")]
    [InlineData("Latin words stay apart", "Latin words stay apart")]
    [InlineData("围绕“古越今秀 悦享精彩”促消费", "围绕“古越今秀 悦享精彩”促消费")]
    [InlineData("两  字", "两字")]
    public void Removes_stray_spaces_only_between_han_characters_outside_quotes(string input, string expected) =>
        Assert.Equal(expected, CjkText.RemoveStraySpaces(input));

    [Theory]
    [InlineData("经济运行稳中向好，全年增长 3.4%。", true)]
    [InlineData("Revenue grew by 3 percent in 2025.", false)]
    [InlineData("本报告介绍 GDP 数据", true)]
    public void Tells_chinese_text_from_english(string text, bool chinese) =>
        Assert.Equal(chinese, CjkText.IsMainlyChinese(text));
}
