using ReportPipeline.Model;
using ReportPipeline.Readers.Docx;
using static ReportPipeline.Tests.Office.HandMadeDocx;

namespace ReportPipeline.Tests.Office;

/// <summary>
/// Labels Word computes from the numbering part. The expected labels of the 公文 document were read from
/// LibreOffice's rendering of the same file (soffice --headless --convert-to txt), which applies the numbering.
/// </summary>
public class WordNumberingTests
{
    /// <summary>A 公文 outline: level 1 "一、" (chineseCounting), level 2 "（一）", level 3 "1." restarting under each level 2.</summary>
    public const string GongwenNumbering = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        """;

    public static byte[] Gongwen() => Create(string.Concat(
        P("关于2025年工作的报告", "Title"),
        P("总体情况", numId: 1, level: 0),
        P("经济运行稳中向好，全年地区生产总值增长5%。"),
        P("工业生产", numId: 1, level: 1),
        P("规模以上工业增加值增长6%。"),
        P("服务业", numId: 1, level: 1),
        P("服务业增加值增长5%。"),
        P("主要任务", numId: 1, level: 0),
        P("扩大内需", numId: 1, level: 1),
        P("促进消费。", numId: 1, level: 2),
        P("扩大投资。", numId: 1, level: 2),
        P("深化改革", numId: 1, level: 1),
        P("优化营商环境。", numId: 1, level: 2)), GongwenNumbering);

    [Fact]
    public void A_gongwen_with_automatic_numbers_keeps_its_labels_and_levels()
    {
        var d = new DocxReportReader().Read(Gongwen());
        // LibreOffice: 一、总体情况 / （一）工业生产 / （二）服务业 / 二、主要任务 / （一）扩大内需 / 1.促进消费。 / 2.扩大投资。 / （二）深化改革 / 1.优化营商环境。
        var headings = d.Blocks.OfType<Heading>().Select(h => (h.Level, h.Label, h.Title.PlainText())).ToList();
        Assert.Equal([(1, "一、", "总体情况"), (2, "（一）", "工业生产"), (2, "（二）", "服务业"), (1, "二、", "主要任务"),
            (2, "（一）", "扩大内需"), (2, "（二）", "深化改革")], headings);
        string text = string.Join("\n", d.InlineRuns().Select(r => r.PlainText()));
        Assert.Contains("1.促进消费。", text.Replace(" ", ""));
        Assert.Contains("2.扩大投资。", text.Replace(" ", ""));
        Assert.Contains("1.优化营商环境。", text.Replace(" ", ""));
    }

    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(21, "chineseCounting", "二十一")]
    [InlineData(105, "chineseCountingThousand", "一百零五")]
    [InlineData(3, "ideographTraditional", "丙")]
    [InlineData(12, "decimalEnclosedCircle", "⑫")]
    [InlineData(14, "upperRoman", "XIV")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(7, "decimalZero", "07")]
    [InlineData(5, "someFormatNotKnown", "5")]
    public void Counters_are_written_in_the_level_format(int n, string format, string expected) =>
        Assert.Equal(expected, NumberFormats.Format(n, format));

    private const string LegalNumbering = """
        <w:abstractNum w:abstractNumId="3">
          <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        """;

    public static byte[] Legal() => Create(string.Concat(
            P("Scope", "Heading1", 1, 0), P("Text one."), P("Terms", "Heading2", 1, 1), P("Text two."), P("Roles", "Heading2", 1, 1), P("Text three."),
            P("Methods", "Heading1", 1, 0), P("Text four."), P("Data", "Heading2", 1, 1), P("Text five."),
            P("Annex", "Heading1", 2, 0), P("Text six.")), LegalNumbering,
            """<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>""");

    [Fact]
    public void Levels_restart_under_a_higher_level_and_a_list_override_restarts_the_count()
    {
        var d = new DocxReportReader().Read(Legal());
        // Start 3; the second level restarts under each first-level heading; the second list's startOverride starts it
        // again at 1. isLgl writes every number of the level's text in decimal (ECMA-376 17.9.4, as Word shows it);
        // LibreOffice 7 ignores isLgl here and shows 3.a, 3.b, 4.a; otherwise its rendering is the same.
        Assert.Equal(["3.", "3.1", "3.2", "4.", "4.1", "1."], d.Blocks.OfType<Heading>().Select(h => h.Label));
    }
}
