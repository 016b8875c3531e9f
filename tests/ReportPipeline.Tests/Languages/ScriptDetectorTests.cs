using ReportPipeline.Languages;
using ReportPipeline.Scripts;

namespace ReportPipeline.Tests.Languages;

public class ScriptDetectorTests
{
    [Theory]
    [InlineData('中', Script.Han)]
    [InlineData('の', Script.Kana)]
    [InlineData('カ', Script.Kana)]
    [InlineData('한', Script.Hangul)]
    [InlineData('a', Script.Latin)]
    [InlineData('é', Script.Latin)]
    [InlineData('5', Script.Neutral)]
    [InlineData('%', Script.Neutral)]
    [InlineData('，', Script.Neutral)]
    [InlineData('×', Script.Neutral)]
    public void Each_character_has_its_script(char c, Script expected) => Assert.Equal(expected, ScriptDetector.ScriptOf(c));

    [Theory]
    [InlineData("全年地区生产总值增长 5.2%。", "zh-CN")]
    [InlineData("本市の経済は緩やかに回復している。", "ja")]
    [InlineData("올해 경제는 완만하게 회복되었다.", "ko")]
    [InlineData("Revenue rose by 5.2 percent in 2025.", "en")]
    [InlineData("我们同 World Bank 合作开展绿色城市项目，成效明显。", "zh-CN")]
    public void The_dominant_language_comes_from_the_script_mix(string text, string expected) =>
        Assert.Equal(expected, new LanguageClassifier(LanguageOptions.Default).Dominant(ScriptDetector.Count(text)));

    [Fact]
    public void Digits_and_punctuation_alone_have_no_language() =>
        Assert.Null(new LanguageClassifier(LanguageOptions.Default).Dominant(ScriptDetector.Count("2025 — 18.6%，（3）")));

    [Theory]
    [InlineData("The city signed a memorandum with the Asian Development Bank on green finance.", "zh-CN", "en")]
    [InlineData("我们同 World Bank 合作开展项目。", "zh-CN", "zh-CN")]
    [InlineData("越秀区人民政府关于二〇二五年计划的报告", "en", "zh-CN")]
    [InlineData("The 越秀区 report.", "en", "en")]
    public void A_block_takes_another_language_only_when_mostly_in_it(string text, string context, string expected) =>
        Assert.Equal(expected, new LanguageClassifier(LanguageOptions.Default).BlockLanguage(ScriptDetector.Count(text), context));
}
