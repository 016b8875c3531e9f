using System.Text;
using ReportPipeline.Model;
using ReportPipeline.Structure;
using ReportPipeline.Writers;
using ReportPipeline.Writers.Docx;
using ReportPipeline.Writers.Html;

namespace ReportPipeline.Tests.Gongwen;

/// <summary>The small rules behind the layout, each on hand-made input.</summary>
public class LayoutRuleTests
{
    private static Paragraph P(string text) => new([], [new Text(text)], SourceSpan.Line(1));

    [Theory]
    [InlineData("各位代表：", true)]
    [InlineData("各位代表！", true)]
    [InlineData("同志们：", true)]
    [InlineData("Dear colleagues:", true)]
    [InlineData("现将有关情况报告如下：", true)]
    [InlineData("全年完成投资 47 亿元，增长 15.7%。", false)]
    [InlineData("主要做法是：一是加强领导，二是完善制度：", false)]
    [InlineData("：", false)]
    [InlineData("各位代表、各位政协委员和列席会议的同志们：", true)]
    [InlineData("各位代表，各位委员！", true)]
    [InlineData("按照区委的部署，我们坚持稳中求进工作总基调，重点抓了以下几个方面：", false)]
    public void A_salutation_is_one_short_form_of_address_ending_in_a_colon_or_exclamation_mark(string text, bool expected) =>
        Assert.Equal(expected, Salutation.Is(P(text)));

    [Fact]
    public void A_paragraph_with_a_lead_or_a_note_is_never_a_salutation()
    {
        Assert.False(Salutation.Is(new Paragraph([new Text("各位代表：")], [], SourceSpan.Line(1))));
        Assert.False(Salutation.Is(new Paragraph([], [new Text("各位代表："), new FootnoteReference("n")], SourceSpan.Line(1))));
    }

    [Theory]
    [InlineData("第一章", NumberingStyle.Chapter, "scheme-chapter")]
    [InlineData("一、", NumberingStyle.CjkEnumeral, "scheme-cjk-enumeral")]
    [InlineData("（一）", NumberingStyle.CjkParenthesized, "scheme-cjk-parenthesized")]
    [InlineData("1.", NumberingStyle.Arabic, "scheme-arabic")]
    [InlineData("（1）", NumberingStyle.ArabicParenthesized, "scheme-arabic-parenthesized")]
    [InlineData("1.2", NumberingStyle.Decimal, "scheme-decimal")]
    public void A_heading_label_is_classified_by_its_numbering_scheme(string label, NumberingStyle scheme, string css)
    {
        Assert.Equal(scheme, HeadingScheme.Of(label));
        Assert.Equal(css, HeadingScheme.CssClass(scheme));
    }

    [Fact]
    public void An_unnumbered_heading_has_no_scheme_and_no_character_style()
    {
        Assert.Equal(NumberingStyle.None, HeadingScheme.Of(null));
        Assert.Null(SchemeStyles.For(null));
        Assert.Null(SchemeStyles.For("1.2"));
        Assert.Equal("Level2HeadingChar", SchemeStyles.For("（二）"));
    }

    [Theory]
    [InlineData("总值 3545.13 亿元，增长", "总值 <span class=\"nu\">3545.13 亿元</span>，增长")]
    [InlineData("新增就业 21666 人", "新增就业 <span class=\"nu\">21666 人</span>")]
    [InlineData("增长 3.4%", "增长 3.4%")]
    [InlineData("a < 2", "a &lt; 2")]
    public void A_number_is_kept_with_its_unit_and_the_text_is_unchanged(string text, string html)
    {
        var sb = new StringBuilder();
        NumbersWithUnits.Append(sb, text);
        Assert.Equal(html, sb.ToString());
        Assert.Equal(text, System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(sb.ToString(), "<[^>]+>", "")));
    }

    private static TableGrid Grid(params string[][] rows) =>
        TableGrid.Build([.. rows.Select(r => new TableRow([.. r.Select(c => new TableCell([new Text(c)]))]))]);

    [Fact]
    public void Columns_take_the_width_their_content_asks_and_fill_the_line()
    {
        var widths = DocxColumnWidths.Of(Grid(["名称", "数值"], ["地区生产总值", "3545.13 亿元"], ["一", "2"]), 8844, 120);
        Assert.Equal(8844, widths.Sum());
        Assert.True(widths[0] > widths[1] * 0.9, string.Join(",", widths));
        Assert.True(widths.All(w => w > 0));
    }

    [Fact]
    public void A_long_column_wraps_so_short_ones_stay_whole()
    {
        string longText = new('长', 40);
        var widths = DocxColumnWidths.Of(Grid(["单位 GDP 能耗下降率", longText, "3545.13 亿元", "可比增长 0.12%"]), 8844, 120);
        Assert.Equal(8844, widths.Sum());
        int Need(string text) => (int)Math.Ceiling((DocxColumnWidths.HalfWidths(text) + DocxColumnWidths.SlackHalfWidths) * 120) + DocxColumnWidths.CellMargins;
        Assert.True(widths[0] >= Need("单位 GDP 能耗下降率"), string.Join(",", widths));
        Assert.True(widths[2] >= Need("3545.13 亿元"));
        Assert.True(widths[3] >= Need("可比增长 0.12%"));
        Assert.True(widths[1] < Need(longText));
    }

    [Fact]
    public void The_grid_holds_22_lines_and_characters_are_set_to_fit_28_a_line()
    {
        var page = DocxPage.Gongwen;
        Assert.Equal(22, page.TextHeight / page.LinePitch);
        Assert.True(page.TextWidth / (page.BodyHalfPoints * 10 + page.CharacterSpacing) >= 28);
        Assert.True(page.TextWidth / (page.BodyHalfPoints * 10 + page.CharacterSpacing + 1) < 29);
        Assert.Equal(0, DocxPage.Plain.CharacterSpacing);
    }
}
