using ReportPipeline.Alignment;

namespace ReportPipeline.Tests.Alignment;

public class AlignmentStageTests
{
    [Theory]
    [InlineData("第一章", 1)]
    [InlineData("第十二章", 12)]
    [InlineData("Chapter IV", 4)]
    [InlineData("Chapter 3", 3)]
    [InlineData("一、", 1)]
    [InlineData("二十一、", 21)]
    [InlineData("III.", 3)]
    [InlineData("（二）", 2)]
    [InlineData("(2)", 2)]
    [InlineData("1.", 1)]
    [InlineData("3、", 3)]
    [InlineData("1.3", 3)]
    [InlineData("（十）", 10)]
    [InlineData(null, null)]
    [InlineData("附件", null)]
    public void A_heading_label_stands_for_a_number_whatever_its_scheme(string? label, int? expected) =>
        Assert.Equal(expected, HeadingNumber.Of(label));

    private static readonly LengthAligner Lengths = new(AlignmentOptions.Default, 3.0);

    private static string Shapes(IReadOnlyList<LengthAligner.Step> steps) => string.Join(" ", steps.Select(s => $"{s.OriginalCount}:{s.TranslationCount}"));

    [Fact]
    public void Units_whose_lengths_agree_pair_one_to_one() =>
        Assert.Equal("1:1 1:1 1:1", Shapes(Lengths.Align([40, 100, 25], [118, 310, 80])));

    [Fact]
    public void A_paragraph_translated_as_two_is_a_one_to_two_merge() =>
        Assert.Equal("1:1 1:2 1:1", Shapes(Lengths.Align([40, 200, 30], [120, 290, 310, 95])));

    [Fact]
    public void A_paragraph_left_untranslated_is_one_to_none() =>
        Assert.Equal("1:1 1:0 1:1", Shapes(Lengths.Align([100, 60, 120], [300, 360])));

    [Fact]
    public void Agreement_is_high_for_the_expected_length_and_low_far_from_it()
    {
        Assert.True(Lengths.Agreement(100, 300) > 0.9);
        Assert.True(Lengths.Agreement(100, 90) < 0.01);
    }

    [Theory]
    [InlineData("收入完成 18.6 亿元。其中税收收入 12.1 亿元；非税收入 6.5 亿元。", new[] { "收入完成 18.6 亿元。", "其中税收收入 12.1 亿元；非税收入 6.5 亿元。" })]
    [InlineData("Revenue rose 5.3%. Of this, tax revenue was 1.21 billion yuan.", new[] { "Revenue rose 5.3%.", "Of this, tax revenue was 1.21 billion yuan." })]
    [InlineData("Spending, e.g. on schools, rose. The U.S. Treasury agreed.", new[] { "Spending, e.g. on schools, rose.", "The U.S. Treasury agreed." })]
    [InlineData("他说：“要过紧日子。”随后散会。", new[] { "他说：“要过紧日子。”", "随后散会。" })]
    public void Sentences_split_at_their_ends(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text));
}
