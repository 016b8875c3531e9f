using AngleSharp.Html.Parser;
using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Json;
using ReportPipeline.Writers.Markdown;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Tests.Structure;

/// <summary>
/// A document label the page prints above the title ("市六届人大四次会议文件（十）"): the tree keeps it first, and every
/// writer prints it before the title block.
/// </summary>
public class DocumentLabelTests
{
    private static readonly SourceSpan At = SourceSpan.Line(1);

    private static Paragraph Label(string text) => new([], [new Text(text)], At, ParagraphRole.DocumentLabel);

    private static Paragraph Body(string text) => new([], [new Text(text)], At);

    private static ReportDocument Document(params Block[] blocks) =>
        new(new Metadata("关于某市预算执行情况的报告", "——在某市人民代表大会上", "某市财政局", null, "zh-CN"), [.. blocks], [], [], []);

    [Theory]
    [InlineData("市六届人大四次会议文件（十）", true)]
    [InlineData("某市十六届人大六次会议大会文件（八）", true)]
    [InlineData("某市十八届人大四次会议文件(三十九)", true)]
    [InlineData("某市十二届人大四次会议文件（13）", true)]
    [InlineData("市 六 届 人 大 四 次 会 议 文 件 （十）", true)] // spread out over the line
    [InlineData("会议文件已印发各位代表，请审议。", false)]
    [InlineData("关于某市预算执行情况的报告", false)]
    [InlineData("（十）", false)]
    public void A_congress_document_label_names_the_meeting_and_the_documents_number(string line, bool label) =>
        Assert.Equal(label, ReportConventions.IsDocumentLabel(line));

    [Fact]
    public void A_label_after_the_bodys_first_block_or_with_a_lead_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Document(Body("受市人民政府委托。"), Label("某市会议文件（一）")));
        Assert.Throws<ArgumentException>(() => Document(new Paragraph([new Text("某市")], [new Text("会议文件（一）")], At, ParagraphRole.DocumentLabel)));
        var kept = Document(Label("某市会议文件（一）"), Label("（4）"), Body("受市人民政府委托。"));
        Assert.Equal(3, kept.Blocks.Count);
    }

    [Fact]
    public void A_label_over_the_title_in_text_is_a_label_and_the_title_follows_it()
    {
        var doc = Run.FromText("某市六届人大四次会议文件（十）\n\n关于某市预算执行情况的报告\n\n——2026年1月8日在某市第六届人民代表大会第四次会议上\n\n各位代表：\n\n受市人民政府委托，现将预算执行情况提请审议。");
        Assert.Equal("关于某市预算执行情况的报告", doc.Metadata.Title);
        var label = Assert.IsType<Paragraph>(doc.Blocks[0]);
        Assert.Equal(ParagraphRole.DocumentLabel, label.Role);
        Assert.Equal("某市六届人大四次会议文件（十）", label.Content.PlainText());
        Assert.Equal(ParagraphRole.Salutation, Assert.IsType<Paragraph>(doc.Blocks[1]).Role);
    }

    [Fact]
    public void A_text_without_a_label_keeps_its_first_line_as_the_title()
    {
        var doc = Run.FromText("某市会议文件汇编说明\n\n各位代表：\n\n现将文件汇编提请审阅。");
        Assert.Equal("某市会议文件汇编说明", doc.Metadata.Title);
        Assert.DoesNotContain(doc.Blocks.OfType<Paragraph>(), p => p.IsDocumentLabel);
    }

    [Fact]
    public void Every_writer_prints_the_label_before_the_title()
    {
        var doc = Document(Label("某市六届人大四次会议文件（十）"), Body("各位代表："), Body("受市人民政府委托。"));

        string md = Run.RenderText(new MarkdownReportWriter(), doc);
        Assert.True(md.IndexOf("某市六届人大四次会议文件（十）", StringComparison.Ordinal) < md.IndexOf("# 关于", StringComparison.Ordinal), md);
        Assert.Single(AllIndexes(md, "会议文件（十）"));

        var html = new HtmlParser().ParseDocument(Run.RenderText(new HtmlReportWriter(), doc));
        var header = html.QuerySelector("header.title-block")!;
        Assert.Equal("某市六届人大四次会议文件（十）", header.FirstElementChild!.TextContent);
        Assert.Equal(HtmlReportWriter.DocumentLabelClass, header.FirstElementChild.ClassName);
        Assert.DoesNotContain("会议文件", html.QuerySelector("article")!.TextContent, StringComparison.Ordinal);

        using var docx = Run.Docx(doc);
        var paragraphs = docx.BodyParagraphs();
        Assert.Equal("DocumentLabel", paragraphs[0].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.Equal("某市六届人大四次会议文件（十）", paragraphs[0].InnerText);
        Assert.Equal("Title", paragraphs[1].ParagraphProperties?.ParagraphStyleId?.Val?.Value);

        string json = Run.RenderText(new JsonReportWriter(), doc);
        Assert.Contains("\"role\": \"documentLabel\"", json, StringComparison.Ordinal);
    }

    private static IEnumerable<int> AllIndexes(string text, string part)
    {
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) yield return at;
    }
}
