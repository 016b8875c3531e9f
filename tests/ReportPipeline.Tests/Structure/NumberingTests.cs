using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Structure;

public class NumberingTests
{
    [Theory]
    [InlineData("第一章 总则", NumberingStyle.Chapter, "第一章", "总则")]
    [InlineData("第三节 附则", NumberingStyle.Section, "第三节", "附则")]
    [InlineData("一、总体情况", NumberingStyle.CjkEnumeral, "一、", "总体情况")]
    [InlineData("十二、其他事项", NumberingStyle.CjkEnumeral, "十二、", "其他事项")]
    [InlineData("（三）主要任务", NumberingStyle.CjkParenthesized, "（三）", "主要任务")]
    [InlineData("(一) 主要任务", NumberingStyle.CjkParenthesized, "(一)", "主要任务")]
    [InlineData("1. Introduction", NumberingStyle.Arabic, "1.", "Introduction")]
    [InlineData("2、工作安排", NumberingStyle.Arabic, "2、", "工作安排")]
    [InlineData("（1）具体措施", NumberingStyle.ArabicParenthesized, "（1）", "具体措施")]
    [InlineData("IV. Outlook", NumberingStyle.Roman, "IV.", "Outlook")]
    [InlineData("Chapter 2 Spending", NumberingStyle.Chapter, "Chapter 2", "Spending")]
    [InlineData("1.2 Revenue", NumberingStyle.Decimal, "1.2", "Revenue")]
    [InlineData("Ⅱ. 제안이유", NumberingStyle.Roman, "Ⅱ.", "제안이유")] // the Roman numeral character U+2161
    [InlineData("Ⅲ、主要问题", NumberingStyle.Roman, "Ⅲ、", "主要问题")]
    [InlineData("Ⅳ 전망", NumberingStyle.Roman, "Ⅳ", "전망")]
    [InlineData("１．２ ケーブル関係", NumberingStyle.Decimal, "１．２", "ケーブル関係")] // full-width figures and stop
    public void Recognises_numbering_labels(string text, NumberingStyle style, string label, string rest)
    {
        var match = Numbering.Match(text);
        Assert.NotNull(match);
        Assert.Equal(style, match.Style);
        Assert.Equal(label, match.Label);
        Assert.Equal(rest, match.Rest);
    }

    [Theory]
    [InlineData("2025 年是收官之年")]
    [InlineData("3.4% 的增长")]
    [InlineData("十五运牵引全域提质。")]
    [InlineData("一般公共预算收入")]
    [InlineData("Ⅱ型糖尿病")] // a Roman numeral read as part of a word: no stop, no space after it
    [InlineData("１．５倍に増加")] // a full-width decimal number
    public void Ignores_text_that_only_starts_with_a_number(string text) => Assert.Null(Numbering.Match(text));

    [Fact]
    public void Decimal_labels_carry_their_depth()
    {
        Assert.Equal(2, Numbering.Match("1.2 Revenue")!.Depth);
        Assert.Equal(3, Numbering.Match("1.2.3 Detail")!.Depth);
        Assert.Equal(2, Numbering.Match("１．１ 絶縁電線")!.Depth);
    }
}
