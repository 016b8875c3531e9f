using ReportPipeline.Model;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Languages;

public class InterleavedEditionTests
{
    private const string Edition = """
        各位代表：

        Fellow Deputies:

        一、收入情况

        I. Revenue

        全年收入完成 18.6 亿元，增长 5.3%。

        Revenue reached 1.86 billion yuan, up 5.3%.

        （一）税收收入

        (1) Tax revenue

        税收收入 12.1 亿元，增长 6.8%。

        Tax revenue was 1.21 billion yuan, up 6.8%.

        二、支出情况

        II. Expenditure

        全年支出完成 46.3 亿元。

        Expenditure reached 4.63 billion yuan.
        """;

    [Fact]
    public void Alternating_paragraphs_are_pairs_of_original_and_translation()
    {
        var doc = Run.FromText(Edition);
        Assert.Equal("zh-CN", doc.Metadata.Language);
        Assert.Equal(Enumerable.Range(0, doc.Blocks.Count).Select(i => i % 2 == 1), doc.Blocks.Select(b => b.IsTranslation));
        Assert.All(doc.Blocks.Where(b => b.IsTranslation), b => Assert.Equal("en", b.Language));
        Assert.All(doc.Blocks.Where(b => !b.IsTranslation), b => Assert.Null(b.Language));
    }

    [Fact]
    public void A_translated_heading_takes_its_originals_level()
    {
        var headings = Run.FromText(Edition).Blocks.OfType<Heading>().ToList();
        Assert.Equal([("一、", 1), ("I.", 1), ("（一）", 2), ("(1)", 2), ("二、", 1), ("II.", 1)], headings.Select(h => (h.Label!, h.Level)));
    }

    [Fact]
    public void A_short_paragraph_after_a_heading_in_the_other_language_is_its_translation()
    {
        var doc = Run.FromText(Edition.Replace("I. Revenue", "Revenue").Replace("(1) Tax revenue", "Tax revenue"));
        var headings = doc.Blocks.OfType<Heading>().ToList();
        Assert.Equal(6, headings.Count);
        Assert.Equal("Revenue", headings[1].Title.PlainText());
        Assert.True(headings[1].IsTranslation);
        Assert.Equal(2, headings[3].Level);
    }

    [Fact]
    public void A_chinese_report_quoting_english_is_not_an_edition()
    {
        var doc = Run.FromText("""
            各位代表：

            一、收入情况

            我们同 World Bank 合作开展项目。

            The city signed a memorandum with the Asian Development Bank.

            全年收入完成 18.6 亿元。

            二、支出情况

            全年支出完成 46.3 亿元。
            """);
        Assert.DoesNotContain(doc.Blocks, b => b.IsTranslation);
    }

    [Theory]
    [InlineData("Tax revenue", "税收收入 12.1 亿元。", false)]
    [InlineData("我们同 World Bank", "合作开展项目。", true)]
    [InlineData("全年收入完成", "18.6 亿元。", true)]
    public void A_latin_line_is_not_joined_to_the_chinese_paragraph_after_it(string fragment, string next, bool joined) =>
        Assert.Equal(joined, ReportPipeline.Structure.PageBreakJoiner.Continues(fragment, next));
}
