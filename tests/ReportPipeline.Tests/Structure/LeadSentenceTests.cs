using ReportPipeline.Model;
using ReportPipeline.Structure;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Structure;

public class LeadSentenceTests
{
    [Fact]
    public void A_short_opening_sentence_is_the_lead()
    {
        var p = Assert.IsType<Paragraph>(Run.FromText("各位代表：\n\n“双碳”工作稳步推进。全年新增光伏装机 20 万千瓦。").Blocks[1]);
        Assert.Equal("“双碳”工作稳步推进。", p.Lead.PlainText());
        Assert.Equal("全年新增光伏装机 20 万千瓦。", p.Content.PlainText());
    }

    [Theory]
    [InlineData("今年是开局之年，开局之年当有开局之势。我们要全面落实部署。")]
    [InlineData("这是一个很长很长的开头句子它超过了三十个字的限制所以不能算作导语句子。后文。")]
    [InlineData("只有一句话。")]
    [InlineData("The economy grew. Revenue rose by 3 percent.")]
    public void No_lead_when_the_opening_sentence_is_long_has_clauses_stands_alone_or_is_english(string text)
    {
        var p = Assert.IsType<Paragraph>(Run.FromText("各位代表：\n\n" + text).Blocks[1]);
        Assert.False(p.HasLead);
    }

    [Fact]
    public void English_leads_can_be_switched_on()
    {
        var options = StructureOptions.Default with { LeadSentencesInLatinText = true };
        Assert.Equal(0, LeadSentenceRule.LeadLength("The economy grew. Revenue rose.", StructureOptions.Default));
        Assert.Equal("The economy grew.".Length, LeadSentenceRule.LeadLength("The economy grew. Revenue rose.", options));
        Assert.Equal(0, LeadSentenceRule.LeadLength("The economy grew, slowly. Revenue rose.", options));
        Assert.Equal(5, LeadSentenceRule.LeadLength("稳中向好。全年增长。", options));
    }
}
