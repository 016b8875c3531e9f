using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Cli;
using ReportPipeline.Pipeline;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Docx;
using static ReportPipeline.Tests.Gongwen.WordPackage;
using Run = ReportPipeline.Tests.Support.Run;
using WRun = DocumentFormat.OpenXml.Wordprocessing.Run;

namespace ReportPipeline.Tests.Gongwen;

/// <summary>
/// <c>--reference-docx</c>: an office's own template gives the Word output its styles, page setup and headers; the
/// shipped templates are what the writer makes of their samples, and are valid Word files.
/// </summary>
public class ReferenceDocxTests
{
    /// <summary>
    /// An office template written as Chinese Word writes one: styles known by short ids ("a" for Normal, "1" for
    /// heading 1), its own faces, US Letter paper with 20 mm margins, and a header on every page. It has no heading 2–6.
    /// </summary>
    private static byte[] OfficeTemplate()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"""
                <w:styles xmlns:w="{Ns}">
                  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:eastAsia="微软雅黑" w:hAnsi="Georgia"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
                  <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr></w:style>
                  <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="华文中宋"/><w:color w:val="1F3864"/><w:sz w:val="36"/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Office Note"/><w:basedOn w:val="a"/><w:rPr><w:i/></w:rPr></w:style>
                </w:styles>
                """);
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new WRun(new Text("某某市人民政府办公厅"))));
            main.Document = new Document(new Body(
                new Paragraph(new WRun(new Text("template text the writer ignores"))),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new PageSize { Width = 12240U, Height = 15840U },
                    new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U })));
        }
        return stream.ToArray();
    }

    private const string Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Theory]
    [MemberData(nameof(ExpectedReport.All), MemberType = typeof(ExpectedReport))]
    public void Fixtures_keep_the_templates_styles_and_page_setup_and_stay_valid(ExpectedReport expected)
    {
        var template = ReferenceDocx.Load(OfficeTemplate());
        var bytes = Run.Render(new DocxReportWriter(template), Run.Fixture(expected.Fixture));
        using (var package = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }
        var word = new WordPackage(bytes);

        // The template's heading 1, under the id the writer uses, with its own face, size and colour.
        var heading1 = word.Style("Heading1")!;
        Assert.Equal("heading 1", Val(heading1.Element(W + "name")));
        Assert.Equal("华文中宋", word.EastAsiaFont("Heading1"));
        Assert.Equal(18, word.Size("Heading1"));
        Assert.Equal("1F3864", Val(heading1.Element(W + "rPr")!.Element(W + "color")));
        Assert.Equal(expected.Chapters, word.Paragraphs.Count(p => StyleOf(p) == "Heading1"));
        // Its Normal and document defaults; its own style that held the id "Heading1" kept under another id.
        Assert.Equal("Normal", Val(word.Style("Normal")!.Element(W + "name")));
        Assert.Equal("微软雅黑", word.EastAsiaFont("Normal"));
        Assert.Contains(word.Styles.Elements(W + "style"), s => Val(s.Element(W + "name")) == "Office Note");
        // What it lacked is added from the house style.
        Assert.NotNull(word.Style("Heading2"));
        Assert.NotNull(word.Style("FootnoteText"));

        // Its page setup and header, not the house's grid and footers.
        Assert.Equal("12240", (string?)word.Section.Element(W + "pgSz")!.Attribute(W + "w"));
        Assert.Equal("1134", (string?)word.Section.Element(W + "pgMar")!.Attribute(W + "left"));
        Assert.Null(word.Section.Element(W + "docGrid"));
        Assert.Empty(word.Section.Elements(W + "footerReference"));
        var headerReference = Assert.Single(word.Section.Elements(W + "headerReference"));
        Assert.Contains(word.Part("word/_rels/document.xml.rels").Root!.Elements(), r => (string?)r.Attribute("Type") == "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header");
        Assert.DoesNotContain("template text", string.Concat(word.Paragraphs.Select(p => p.Value)));
    }

    [Fact]
    public void Styles_the_template_lacks_are_named_and_the_command_line_warns_once()
    {
        var missing = ReferenceDocx.Load(OfficeTemplate()).MissingStyles("zh-CN");
        Assert.Contains("heading 2 (Heading2)", missing);
        Assert.Contains("footnote text (FootnoteText)", missing);
        Assert.DoesNotContain("heading 1 (Heading1)", missing);
        Assert.DoesNotContain("Normal (Normal)", missing);

        var dir = Directory.CreateTempSubdirectory("rp-ref-").FullName;
        string templatePath = Path.Combine(dir, "office.docx");
        File.WriteAllBytes(templatePath, OfficeTemplate());
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int exit = CliApp.Run(["convert", Repo.Fixture("yuexiu-2025-plan-report.txt"), "--to", "docx", "--reference-docx", templatePath, "-o", Path.Combine(dir, "out")], stdout, stderr);
        Assert.Equal(CliApp.Success, exit);
        var warning = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("office.docx", warning);
        Assert.Contains("heading 2", warning);
        var word = new WordPackage(File.ReadAllBytes(Path.Combine(dir, "out", "yuexiu-2025-plan-report.docx")));
        Assert.Equal("华文中宋", word.EastAsiaFont("Heading1"));
    }

    [Fact]
    public void A_template_that_is_not_a_Word_file_stops_the_run_with_one_line()
    {
        var dir = Directory.CreateTempSubdirectory("rp-ref-").FullName;
        string bad = Path.Combine(dir, "bad.docx");
        File.WriteAllText(bad, "not a zip");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int exit = CliApp.Run(["convert", Repo.Fixture("yuexiu-2025-plan-report.txt"), "--reference-docx", bad, "-o", Path.Combine(dir, "out")], stdout, stderr);
        Assert.Equal(CliApp.UsageError, exit);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("bad.docx", line);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")) && Directory.EnumerateFiles(Path.Combine(dir, "out")).Any());
    }

    [Theory]
    [InlineData("gongwen", "zh-CN")]
    [InlineData("plain", "en")]
    public void Shipped_templates_are_what_the_writer_makes_of_their_samples_and_are_valid(string name, string language)
    {
        byte[] shipped = File.ReadAllBytes(Repo.Path("templates", name + ".docx"));
        using (var package = WordprocessingDocument.Open(new MemoryStream(shipped), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }
        var made = Run.Render(new DocxReportWriter(), ReportConverter.Read(Repo.Path("templates", "source", name + ".md")));
        foreach (var part in new[] { "word/styles.xml", "word/document.xml", "word/fontTable.xml", "word/settings.xml" })
            Assert.True(XNode.DeepEquals(new WordPackage(made).Part(part), new WordPackage(shipped).Part(part)),
                $"templates/{name}.docx is stale in {part}: run scripts/make-templates.sh");
        Assert.Empty(ReferenceDocx.Load(shipped).MissingStyles(language));
    }
}
