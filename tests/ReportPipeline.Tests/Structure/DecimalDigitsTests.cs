using ReportPipeline.Structure;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Structure;

/// <summary>Full-width digits ("２０２６年１月２６日", as Chinese typesetting sets them) are numbers wherever <c>\d</c> finds them.</summary>
public class DecimalDigitsTests
{
    [Theory]
    [InlineData("2026", 2026)]
    [InlineData("２０２６", 2026)]
    [InlineData("１２", 12)]
    [InlineData("٣", 3)]
    [InlineData("99999999999", int.MaxValue)]
    public void Reads_the_value_of_digits_of_any_script(string digits, int value) => Assert.Equal(value, DecimalDigits.Value(digits));

    [Fact]
    public void A_date_in_full_width_digits_is_the_documents_date()
    {
        Assert.Equal("2026-01-26", TitleBlockRecognizer.FindDate(["——２０２６ 年 １ 月 ２６ 日在某市人民代表大会上"]));
        var doc = Run.FromText("关于某市２０２５年预算执行情况的报告\n\n——２０２６年１月２６日在某市第十八届人民代表大会第四次会议上\n\n某市财政局\n\n各位代表：\n\n现将报告提请审议。");
        Assert.Equal("2026-01-26", doc.Metadata.Date);
    }

    [Fact]
    public void Full_width_markers_and_definitions_have_their_numbers()
    {
        Assert.Equal([1, 12], FootnoteMarkers.Find("收入［１］支出[１２]").Select(m => m.Number));
        Assert.Equal(3, FootnoteMarkers.ParseDefinition("３．注释正文", inNotesZone: true)!.Value.Number);
        Assert.Equal(2, FootnoteMarkers.ParseDefinition("［２］注释正文", inNotesZone: true)!.Value.Number);
    }
}
