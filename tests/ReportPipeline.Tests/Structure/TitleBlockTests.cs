using ReportPipeline.Model;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Structure;

public class TitleBlockTests
{
    [Fact]
    public void Chinese_title_block_gives_title_occasion_speaker_and_date()
    {
        var doc = Run.FromText("""
            关于某县 2026 年预算草案的 报告

            ——2026 年 2 月 3 日在某县第五届
            人民代表大会第二次会议上

            某县财政局局长 张三

            各位代表：

            现将预算草案提请审议。
            """);
        var m = doc.Metadata;
        Assert.Equal("关于某县 2026 年预算草案的报告", m.Title);
        Assert.Equal("——2026 年 2 月 3 日在某县第五届人民代表大会第二次会议上", m.Subtitle);
        Assert.Equal("某县财政局局长 张三", m.Author);
        Assert.Equal("2026-02-03", m.Date);
        Assert.Equal("zh-CN", m.Language);
        Assert.Equal("各位代表：", Assert.IsType<Paragraph>(doc.Blocks[0]).Content.PlainText());
    }

    [Fact]
    public void A_speaker_line_split_into_office_and_name_is_one_author_with_a_space()
    {
        var doc = Run.FromText("政府工作报告\n\n——2026年3月5日在某市人民代表大会上\n\n某市人民政府市长\u3000\n王\u3000五\n\n各位代表：\n\n现在报告工作。");
        Assert.Equal("某市人民政府市长 王\u3000五", doc.Metadata.Author);
        var wrapped = Run.FromText("政府工作报告\n\n——2026年3月5日在某市人民代表大会上\n\n某市人民政府\n市长 王五\n\n各位代表：\n\n现在报告工作。");
        Assert.Equal("某市人民政府市长 王五", wrapped.Metadata.Author);
    }

    [Fact]
    public void English_title_block_reads_an_undashed_subtitle_and_an_office_line()
    {
        var doc = Run.FromText("Annual Budget Report\n\nPresented to the Council on March 12, 2026\n\nDirector of Finance Jane Roe\n\nMembers of the Council:\n\nThis report explains the budget.");
        Assert.Equal(new Metadata("Annual Budget Report", "Presented to the Council on March 12, 2026", "Director of Finance Jane Roe", "2026-03-12", "en"), doc.Metadata);
    }

    [Fact]
    public void A_document_opening_with_a_heading_has_no_title_block()
    {
        var doc = Run.FromText("一、总体情况\n\n正文。");
        Assert.Null(doc.Metadata.Title);
        Assert.IsType<Heading>(doc.Blocks[0]);
    }

    [Fact]
    public void Agencies_before_any_title_are_the_author_never_the_title()
    {
        // The title drawn as a picture: only the agencies and the month are text.
        var pictured = Run.FromText("某市统计局\n\n2026年5月\n\n国家统计局某调查队\n\n2025年，全市经济稳中有进。");
        Assert.Null(pictured.Metadata.Title);
        Assert.Equal("某市统计局 国家统计局某调查队", pictured.Metadata.Author);
        Assert.Equal("2026年5月", pictured.Metadata.Subtitle);
        // A company's name over the rest of its report's title is the title's first line, no author.
        var above = Run.FromText("某某电气股份有限公司\n\n2018年第一季度报告\n\n本公司董事会保证本报告内容真实。");
        Assert.StartsWith("某某电气股份有限公司", above.Metadata.Title);
        Assert.Null(above.Metadata.Author);
    }
}
