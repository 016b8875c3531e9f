using ReportPipeline.Model;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Structure;

public class PageBreakJoinTests
{
    [Fact]
    public void A_fragment_continues_after_the_footnotes_of_its_page()
    {
        var doc = Run.FromText("各位代表：\n\n城市更新多点突破，推进危旧房“原\n\n¹ 第一条注释。\n\n² 第二条注释。\n\n拆原建”¹和改造²工作。");
        var paragraph = Assert.IsType<Paragraph>(doc.Blocks[1]);
        Assert.Equal("城市更新多点突破，推进危旧房“原拆原建”和改造工作。", paragraph.Content.PlainText());
        Assert.Equal(2, doc.Footnotes.Count);
        var warning = Assert.Single(doc.Diagnostics, d => d.Code == "joined-across-break");
        Assert.Equal(3, warning.Source!.StartLine);
        Assert.Equal(9, warning.Source.EndLine);
    }

    [Fact]
    public void A_paragraph_that_ends_a_sentence_is_not_joined()
    {
        var doc = Run.FromText("各位代表：\n\n第一段结束了。\n\n第二段开始。");
        Assert.Equal(3, doc.Blocks.Count);
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == "joined-across-break");
    }

    [Fact]
    public void A_short_line_without_punctuation_is_a_label_not_a_fragment()
    {
        var doc = Run.FromText("各位代表：\n\n附件说明\n\n第二段开始。");
        Assert.Equal(3, doc.Blocks.Count);
    }

    [Fact]
    public void Latin_text_joins_only_when_the_next_part_continues_the_sentence()
    {
        var joined = Run.FromText("Dear members:\n\nThe reserve was drawn down to six percent of operating\n\nspending, above its floor.");
        Assert.Equal("The reserve was drawn down to six percent of operating spending, above its floor.",
            Assert.IsType<Paragraph>(joined.Blocks[1]).Content.PlainText());

        var apart = Run.FromText("Dear members:\n\nThe reserve stands at six percent of operating spending\n\nRevenue grew.");
        Assert.Equal(3, apart.Blocks.Count);
    }
}
