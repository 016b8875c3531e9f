using System.Text;
using ReportPipeline.Formulas;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Readers.Docx;
using ReportPipeline.Readers.Html;
using ReportPipeline.Readers.Markdown;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Markdown;
using static ReportPipeline.Tests.Office.HandMadeDocx;

namespace ReportPipeline.Tests.Office;

/// <summary>Each rule of issue 15 on a small hand-made input.</summary>
public class OfficeRulesTests
{
    private const string Styles = """
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
        <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
        """;

    [Fact]
    public void A_word_contents_field_and_its_title_stay_out_of_the_body_and_the_outline()
    {
        string body = P("目 录")
            + """<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Introduction	1</w:t></w:r></w:p>"""
            + """<w:p><w:r><w:t>Results	2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"""
            + P("Introduction", "Heading1") + P("Some text.") + P("Results", "Heading1") + P("More text.");
        var d = new DocxReportReader().Read(Create(body, stylesXml: Styles));
        Assert.Equal(["Introduction", "Results"], d.Blocks.OfType<Heading>().Select(h => h.Title.PlainText()));
        Assert.DoesNotContain(d.InlineRuns(), r => r.PlainText().Contains("目 录") || r.PlainText().Contains('\t'));
    }

    [Fact]
    public void Paragraphs_in_toc_styles_are_a_contents_list()
    {
        var d = new DocxReportReader().Read(Create(P("Introduction 1", "TOC1") + P("Introduction", "Heading1") + P("Text."), stylesXml: Styles));
        Assert.Equal(["Introduction"], d.Blocks.OfType<Heading>().Select(h => h.Title.PlainText()));
        Assert.Single(d.Blocks.OfType<Paragraph>());
    }

    [Fact]
    public void A_bold_line_is_no_heading_in_a_document_that_styles_its_headings()
    {
        string bold = """<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>bold</w:t></w:r></w:p>""";
        var styled = new DocxReportReader().Read(Create(P("Scope", "Heading1") + bold + P("Body text follows here."), stylesXml: Styles));
        Assert.Equal(["Scope"], styled.Blocks.OfType<Heading>().Select(h => h.Title.PlainText()));
        // Without heading styles the bold line is still taken (with its warning), as before.
        var unstyled = new DocxReportReader().Read(Create(P("An opening paragraph of body text, as a sentence.") + P("More body text.") + bold + P("Body text follows here.")));
        Assert.Contains(unstyled.Diagnostics, x => x.Code == "heading-from-formatting");
    }

    [Fact]
    public void A_broken_picture_relationship_is_named_and_the_rest_converts()
    {
        string picture = """<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="Chart A"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rId99"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>""";
        var d = new DocxReportReader().Read(Create(P("Before.") + picture + P("After.")));
        var warning = Assert.Single(d.Diagnostics, x => x.Code == "image-missing");
        Assert.Contains("Chart A", warning.Message);
        Assert.Equal(2, d.Blocks.OfType<Paragraph>().Count());
    }

    [Fact]
    public void Omml_becomes_mathml_and_tex_like_text()
    {
        const string omml = """<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:rad><m:radPr><m:degHide m:val="1"/></m:radPr><m:deg/><m:e><m:sSup><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup></m:e></m:rad><m:r><m:t>+</m:t></m:r><m:nary><m:naryPr><m:chr m:val="∑"/></m:naryPr><m:sub><m:r><m:t>i</m:t></m:r></m:sub><m:sup><m:r><m:t>n</m:t></m:r></m:sup><m:e><m:r><m:t>a</m:t></m:r></m:e></m:nary></m:oMath>""";
        Assert.Equal("\\sqrt{x^{2}}+\\sum_{i}^{n} a", OmmlConverter.ToText(omml));
        string mathml = OmmlConverter.ToMathML(omml, display: false).ToString();
        Assert.Contains("<msqrt>", mathml);
        Assert.Contains("<msup>", mathml);
        Assert.Contains("<msubsup>", mathml);
        Assert.Contains("application/x-tex", mathml);
    }

    [Fact]
    public void An_html_contents_block_and_its_title_are_left_out_and_mathml_and_links_are_read()
    {
        const string html = """
            <html><body><main>
            <h2>Contents</h2>
            <ul><li><a href="#a">Alpha</a></li><li><a href="#b">Beta</a></li><li><a href="#c">Gamma</a></li></ul>
            <h2 id="a">Alpha</h2><p>See <a href="https://example.org/x">the site</a> and <a href="#c">Gamma</a>: <math><mi>x</mi><mo>=</mo><mn>1</mn></math>.</p>
            <h2 id="b">Beta</h2><p>Text.</p><h2 id="c">Gamma</h2><p>Text.</p>
            </main></body></html>
            """;
        var d = new HtmlReportReader().Read(Encoding.UTF8.GetBytes(html));
        Assert.Equal(["Alpha", "Beta", "Gamma"], d.Blocks.OfType<Heading>().Select(h => h.Title.PlainText()));
        Assert.Equal(["https://example.org/x", "#c"], d.Links().Select(l => l.Target));
        Assert.Empty(d.UnresolvedLinks());
        Assert.Equal("x=1", Assert.Single(d.Formulas()).Text);
    }

    [Fact]
    public void Images_on_the_web_or_outside_the_input_folder_are_never_read()
    {
        string folder = Directory.CreateTempSubdirectory("rp-img").FullName;
        File.WriteAllBytes(Path.Combine(folder, "dot.png"), Writers.AllNodes.Png);
        string page = Path.Combine(folder, "page.md");
        File.WriteAllText(page, "![dot](dot.png)\n\n![web](https://example.org/a.png)\n\n![up](../secret.png)\n\nText.\n");
        var d = new MarkdownReportReader().Read(File.ReadAllBytes(page), page);
        Assert.Equal("dot", Assert.Single(Assert.Single(d.Figures()).Images).AltText);
        Assert.Contains(d.Diagnostics, x => x.Code == "image-external" && x.Message.Contains("https://example.org/a.png"));
        Assert.Contains(d.Diagnostics, x => x.Code == "image-missing" && x.Message.Contains("../secret.png"));
    }

    [Fact]
    public void Images_are_written_once_into_a_folder_beside_the_outputs()
    {
        string input = Directory.CreateTempSubdirectory("rp-in").FullName, output = Directory.CreateTempSubdirectory("rp-out").FullName;
        File.WriteAllBytes(Path.Combine(input, "dot.png"), Writers.AllNodes.Png);
        File.WriteAllText(Path.Combine(input, "report.md"), "Text.\n\n![A dot](dot.png)\n\nAgain:\n\n![A dot](dot.png)\n");
        var result = ReportConverter.Convert(new ConversionJob(Path.Combine(input, "report.md"), Path.Combine(output, "report")), ReportConverter.AllWriters);
        string image = Path.Combine(output, "report_files", Writers.AllNodes.PngKey + ".png");
        Assert.Equal(Writers.AllNodes.Png, File.ReadAllBytes(image));
        Assert.Single(Directory.GetFiles(Path.Combine(output, "report_files")));
        Assert.Contains(image, result.Outputs);
        Assert.Contains($"report_files/{Writers.AllNodes.PngKey}.png", File.ReadAllText(Path.Combine(output, "report.html")));
        Assert.Contains($"report_files/{Writers.AllNodes.PngKey}.png", File.ReadAllText(Path.Combine(output, "report.json")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("https://example.org/a", "https://example.org/a")]
    [InlineData("https://example.org/a b_(1)", "<https://example.org/a b_(1)>")]
    [InlineData("x<y>", "<x\\<y\\>>")]
    public void Link_destinations_are_written_so_commonmark_reads_them_back(string target, string written) =>
        Assert.Equal(written, MarkdownLink.Destination(target));

    [Fact]
    public void A_link_with_a_scheme_that_runs_code_keeps_only_its_text()
    {
        var d = new ReportDocument(Metadata.Empty, [new Paragraph([], [new Link("javascript:alert(1)", [new Text("click")])], SourceSpan.Line(1))], [], [], []);
        string html = HtmlReportWriter.Render(d);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("click", html);
    }

    [Fact]
    public void Resource_stores_compare_by_the_hash_of_their_images()
    {
        var a = ResourceStore.Empty.Add(Writers.AllNodes.Png, "image/png", out var key);
        var b = ResourceStore.Empty.Add([.. Writers.AllNodes.Png], "image/png", out var again);
        Assert.Equal(key, again);
        Assert.Equal(a, b);
        Assert.Equal(a, a.Add(Writers.AllNodes.Png, "image/png", out _));
        Assert.NotEqual(a, ResourceStore.Empty);
    }
}
