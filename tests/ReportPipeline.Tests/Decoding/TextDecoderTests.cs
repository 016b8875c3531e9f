using System.Text;
using ReportPipeline.Decoding;

namespace ReportPipeline.Tests.Decoding;

public class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Reads_utf8_without_bom()
    {
        var lines = TextDecoder.Decode(Encoding.UTF8.GetBytes("一、总体情况\n正文"));
        Assert.Equal(["一、总体情况", "正文"], lines.Select(l => l.Text));
        Assert.Equal([1, 2], lines.Select(l => l.Number));
    }

    [Fact]
    public void Strips_utf8_bom_and_splits_crlf_and_cr()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("甲\r\n乙\r丙\n")];
        Assert.Equal(["甲", "乙", "丙"], TextDecoder.Decode(bytes).Select(l => l.Text));
    }

    [Fact]
    public void Reads_utf16_with_bom()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("报告\n第二行")];
        Assert.Equal(["报告", "第二行"], TextDecoder.Decode(bytes).Select(l => l.Text));
    }

    [Fact]
    public void Detects_gb18030()
    {
        byte[] bytes = Encoding.GetEncoding("GB18030").GetBytes("关于预算执行情况的报告\n各位代表：");
        Assert.Equal(["关于预算执行情况的报告", "各位代表："], TextDecoder.Decode(bytes).Select(l => l.Text));
    }

    [Fact]
    public void Refuses_an_empty_file()
    {
        var e = Assert.Throws<ReportReadException>(() => TextDecoder.Decode([]));
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void Refuses_bytes_that_are_no_known_encoding()
    {
        var e = Assert.Throws<ReportReadException>(() => TextDecoder.Decode([0x41, 0xFF, 0xFE, 0x80, 0x81, 0x20]));
        Assert.Contains("UTF-8", e.Message);
    }

    [Fact]
    public void A_form_feed_is_a_page_break_and_stray_control_characters_go()
    {
        var lines = TextDecoder.Decode(Encoding.UTF8.GetBytes("第一页\f第二页\u0005文字" + new string('。', 200)));
        Assert.Equal(["第一页", "第二页文字" + new string('。', 200)], lines.Select(l => l.Text));
    }

    [Fact]
    public void Refuses_text_full_of_control_characters()
    {
        var e = Assert.Throws<ReportReadException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes("a\u0001b\u0002c\u0003")));
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Refuses_whitespace_only_text()
    {
        Assert.Throws<ReportReadException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes(" \n\n\t\n")));
    }
}
