using ReportPipeline.Model;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Structure;

public class TreeEqualityTests
{
    [Fact]
    public void Trees_compare_by_value()
    {
        const string text = "各位代表：\n\n一、总体\n\n经济向好。全年增长¹。\n\n¹ 注。";
        var a = Run.FromText(text);
        var b = Run.FromText(text);
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Run.FromText(text.Replace("增长", "下降")));
    }

    [Fact]
    public void Value_lists_compare_items()
    {
        ValueList<Inline> a = [new Text("甲"), new FootnoteReference("1")];
        ValueList<Inline> b = [new Text("甲"), new FootnoteReference("1")];
        Assert.Equal(a, b);
        Assert.NotEqual(a, [new Text("甲")]);
    }
}
