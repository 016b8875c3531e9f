using System.Text;
using ReportPipeline.Model;
using ReportPipeline.Readers.Docx;
using ReportPipeline.Readers.Html;
using static ReportPipeline.Tests.Office.HandMadeDocx;

namespace ReportPipeline.Tests.Office;

/// <summary>
/// The rules that read a whole office file (tracked changes, text boxes, content controls around rows and cells,
/// charts and diagrams, web pages with their site around the article), each on a small hand-made input.
/// </summary>
public class WholeOfficeFileRulesTests
{
    private const string Mc = "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private static string Plain(ReportDocument d) => string.Join("\n", d.InlineRuns().Select(r => r.PlainText()));

    [Fact]
    public void A_deleted_paragraph_mark_joins_the_paragraph_to_the_next()
    {
        string body = P("Before.")
            + """<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2020-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t>First half</w:t></w:r></w:p>"""
            + P("second half.");
        var d = new DocxReportReader().Read(Create(body));
        Assert.Contains("First half second half.", Plain(d));
        Assert.DoesNotContain(d.Blocks.OfType<Paragraph>(), p => p.Content.PlainText() == "second half.");
    }

    [Fact]
    public void Inserted_text_is_kept_and_deleted_and_moved_away_text_dropped()
    {
        string body = """<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve">added </w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>removed </w:delText></w:r></w:del><w:r><w:t>end.</w:t></w:r></w:p>"""
            + """<w:p><w:moveFrom w:id="3" w:author="a"><w:r><w:t>Moved text.</w:t></w:r></w:moveFrom></w:p>"""
            + P("Middle.")
            + """<w:p><w:moveTo w:id="4" w:author="a"><w:r><w:t>Moved text.</w:t></w:r></w:moveTo></w:p>""";
        var text = Plain(new DocxReportReader().Read(Create(body)));
        Assert.Contains("Kept added end.", text);
        Assert.DoesNotContain("removed", text);
        Assert.Single(text.Split('\n'), l => l == "Moved text.");
        Assert.True(text.IndexOf("Middle.", StringComparison.Ordinal) < text.IndexOf("Moved text.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_box_written_twice_for_old_readers_is_read_once()
    {
        string box = "<w:txbxContent><w:p><w:r><w:t>Boxed words</w:t></w:r></w:p></w:txbxContent>";
        string body = $"<w:p {Mc}><w:r><w:t xml:space=\"preserve\">Anchor. </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><wp:docPr id=\"1\" name=\"Text Box 1\"/>"
            + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
            + $"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + $"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>" + P("After.");
        var text = Plain(new DocxReportReader().Read(Create(body)));
        Assert.Single(text.Split('\n'), l => l.Contains("Boxed words"));
        Assert.True(text.IndexOf("Anchor.", StringComparison.Ordinal) < text.IndexOf("Boxed words", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Boxed words", StringComparison.Ordinal) < text.IndexOf("After.", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_and_cells_inside_content_controls_keep_their_place()
    {
        static string Cell(string t) => $"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>";
        string table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + $"<w:tr>{Cell("A")}{Cell("B")}{Cell("C")}</w:tr>"
            + $"<w:sdt><w:sdtPr/><w:sdtContent><w:tr>{Cell("1")}<w:sdt><w:sdtPr/><w:sdtContent>{Cell("2")}</w:sdtContent></w:sdt>{Cell("3")}</w:tr></w:sdtContent></w:sdt>"
            + "</w:tbl>";
        var t = Assert.Single(new DocxReportReader().Read(Create(table + P("x"))).Blocks.OfType<Table>());
        var last = t.Body.Last();
        Assert.Equal(["1", "2", "3"], last.Cells.Select(c => c.Content.PlainText()));
    }

    [Fact]
    public void A_chart_is_kept_as_its_data_table_with_a_warning()
    {
        const string chart = """
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart>
            <c:title><c:tx><c:rich><a:p><a:r><a:t>Spending by year</a:t></a:r></a:p></c:rich></c:tx></c:title>
            <c:plotArea><c:barChart>
            <c:ser><c:tx><c:strRef><c:strCache><c:pt idx="0"><c:v>Health</c:v></c:pt></c:strCache></c:strRef></c:tx>
              <c:cat><c:strRef><c:strCache><c:pt idx="0"><c:v>2024</c:v></c:pt><c:pt idx="1"><c:v>2025</c:v></c:pt></c:strCache></c:strRef></c:cat>
              <c:val><c:numRef><c:numCache><c:pt idx="0"><c:v>1.1000000000000001</c:v></c:pt><c:pt idx="1"><c:v>2</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>
            <c:ser><c:tx><c:v>Schools</c:v></c:tx><c:val><c:numRef><c:numCache><c:pt idx="1"><c:v>7</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>
            </c:barChart></c:plotArea></c:chart></c:chartSpace>
            """;
        string body = P("Before.") + """<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Chart 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>""";
        var d = new DocxReportReader().Read(Create(body, more: main =>
        {
            var part = main.AddNewPart<DocumentFormat.OpenXml.Packaging.ChartPart>("rIdChart");
            using var data = new MemoryStream(Encoding.UTF8.GetBytes(chart));
            part.FeedData(data);
        }));
        var table = Assert.Single(d.Blocks.OfType<Table>());
        Assert.Equal("Spending by year", table.Caption?.PlainText());
        Assert.Equal(["", "Health", "Schools"], table.Header.Single().Cells.Select(c => c.Content.PlainText()));
        Assert.Equal([["2024", "1.1", ""], ["2025", "2", "7"]], table.Body.Select(r => r.Cells.Select(c => c.Content.PlainText()).ToArray()));
        Assert.Contains(d.Diagnostics, x => x.Code == "chart-not-kept" && x.Message.Contains("Chart 1") && x.Message.Contains("table"));
    }

    [Fact]
    public void A_smartart_diagram_is_kept_as_the_list_of_its_text_with_a_warning()
    {
        const string data = """
            <dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>
            <dgm:pt modelId="0" type="doc"><dgm:t><a:p><a:r><a:t>ignored doc</a:t></a:r></a:p></dgm:t></dgm:pt>
            <dgm:pt modelId="1"><dgm:t><a:p><a:r><a:t>Plan</a:t></a:r></a:p></dgm:t></dgm:pt>
            <dgm:pt modelId="2" type="parTrans"><dgm:t><a:p><a:r><a:t>link</a:t></a:r></a:p></dgm:t></dgm:pt>
            <dgm:pt modelId="3"><dgm:t><a:p><a:r><a:t>Act</a:t></a:r></a:p></dgm:t></dgm:pt>
            <dgm:pt modelId="4" type="pres"/></dgm:ptLst></dgm:dataModel>
            """;
        string body = P("Before.") + """<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Diagram 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rIdData" r:lo="" r:qs="" r:cs=""/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>""";
        var d = new DocxReportReader().Read(Create(body, more: main =>
        {
            var part = main.AddNewPart<DocumentFormat.OpenXml.Packaging.DiagramDataPart>("rIdData");
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(data));
            part.FeedData(stream);
        }));
        var list = Assert.Single(d.Blocks.OfType<ListBlock>());
        Assert.Equal(["Plan", "Act"], list.Items.Select(i => i.Content.PlainText()));
        Assert.Contains(d.Diagnostics, x => x.Code == "diagram-not-kept" && x.Message.Contains("Diagram 1"));
    }

    private const string SitePage = """
        <html><head><title>Budget notice - City Portal</title></head><body>
        <div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/policy">Policy</a> <a href="/data">Data</a></div>
        <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">要闻</a></div>
        <div class="page"><div class="head"><p class="t">Budget notice</p><div class="info">Date: 2025-01-02</div>
          <div class="tools">【打印本页】 【关闭窗口】 分享到： <a href="javascript:share()">微信</a></div></div>
          <div class="text"><p>The council adopted the budget for the coming year after a long debate in the chamber.</p>
          <p>Spending on schools rises by four percent, and the road programme keeps its share of the capital plan.</p>
          <p>（责任编辑：王五）</p></div></div>
        <div class="foot"><a href="/about">About</a> | <a href="/map">Site map</a> Copyright City</div>
        </body></html>
        """;

    [Fact]
    public void A_site_page_gives_its_article_with_the_title_and_without_menus_and_page_tools()
    {
        var d = new HtmlReportReader().Read(Encoding.UTF8.GetBytes(SitePage));
        string text = (d.Metadata.Title ?? "") + "\n" + Plain(d);
        Assert.Contains("Budget notice", text);
        Assert.Contains("The council adopted the budget", text);
        Assert.Contains("road programme", text);
        foreach (var furniture in new[] { "Home", "当前位置", "打印本页", "关闭窗口", "分享到", "责任编辑", "Site map", "Copyright" })
            Assert.DoesNotContain(furniture, text);
        Assert.Empty(d.Links());
    }

    [Fact]
    public void A_page_whose_text_is_spread_out_is_read_whole()
    {
        string page = "<html><body><div><p>First part of the page with a fair amount of ordinary text in it.</p></div>"
            + "<div><p>Second part of the page with a fair amount of ordinary text in it too.</p></div></body></html>";
        var text = Plain(new HtmlReportReader().Read(Encoding.UTF8.GetBytes(page)));
        Assert.Contains("First part", text);
        Assert.Contains("Second part", text);
    }

    [Theory]
    [InlineData("【打印本页】【关闭窗口】", true)]
    [InlineData("字体：大 中 小 打印 分享", true)]
    [InlineData("（责任编辑：张三）", true)]
    [InlineData("上一篇：关于做好春节期间工作的通知", true)]
    [InlineData("扫一扫在手机打开当前页", true)]
    [InlineData("Print | Share | Close", true)]
    [InlineData("编辑说明：本报告所列数据均为快报数", false)]
    [InlineData("打印机采购项目已完成", false)]
    [InlineData("中国", false)]
    [InlineData("←→↑↓", false)]
    public void Page_tools_are_told_by_their_words(string text, bool furniture) =>
        Assert.Equal(furniture, HtmlWebFurniture.IsFurnitureText(text));

    [Fact]
    public void Html_thresholds_are_options()
    {
        var strict = new HtmlReaderOptions { MinimumArticleLetters = 10_000 };
        var d = new HtmlReportReader(null, strict).Read(Encoding.UTF8.GetBytes(SitePage));
        Assert.Contains("Home", d.Metadata.Title + "\n" + Plain(d)); // no block holds that much text: the page is read whole
    }
}
