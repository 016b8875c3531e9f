using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Docx;

namespace ReportPipeline.Tests.Office;

/// <summary>
/// Word files other projects wrote (fixtures/third-party, origins in fixtures/README.md), against counts written by
/// hand from their document.xml (a:blip, v:imagedata outside mc:Fallback, top-level m:oMath, w:hyperlink targets)
/// and heading labels as LibreOffice's text export shows them (soffice --convert-to txt applies the numbering).
/// </summary>
public class ThirdPartyOfficeTests
{
    public static ReportDocument Read(string name) => ReportConverter.Read(Repo.Fixture(Path.Combine("third-party", name)));

    private static List<(string? Label, string Title)> Outline(ReportDocument d) =>
        d.Blocks.OfType<Heading>().Select(h => (h.Label, h.Title.PlainText().Trim())).ToList();

    [Fact]
    public void The_mineru_document_keeps_its_pictures_links_and_formulas_without_its_contents_list()
    {
        var d = Read("mineru-docx_01.docx");
        // 9 a:blip in the body (two VML copies sit in mc:Fallback); one picture is used twice, so 8 distinct images.
        Assert.Equal(9, d.Figures().Count());
        Assert.Equal(8, d.Resources.Count);
        // 39 m:oMath, of which 3 are in the contents list (the headings that hold a formula).
        Assert.Equal(36, d.Formulas().Count());
        Assert.Equal(
            ["https://github.com/opendatalab/MinerU", "https://mineru.net/", "https://opendatalab.github.io/MinerU/"],
            d.Links().Select(l => l.Target).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(11, d.Links().Count());
        // Two charts are drawn from data: each is named in a warning.
        Assert.Equal(2, d.Diagnostics.Count(x => x.Code == "chart-not-kept"));
        Assert.DoesNotContain(d.Diagnostics, x => x.Code == "link-target-missing");
    }

    [Fact]
    public void The_mineru_outline_has_no_contents_entries_and_the_labels_libreoffice_shows()
    {
        var outline = Outline(Read("mineru-docx_01.docx"));
        Assert.DoesNotContain(outline, h => System.Text.RegularExpressions.Regex.IsMatch(h.Title, @"(\s|\t)(\d+|[ivx]+)$"));
        Assert.DoesNotContain(outline, h => h.Title is "目 录" or "目录");
        // Each heading once: the contents list repeated them.
        Assert.Single(outline, h => h.Title == "Some images");
        // Labels as LibreOffice's text export shows them ("1.1." is kept as "1.1", the way a typed "1.1." is read).
        Assert.Equal(("1.", "有序列表构成的章节标题"), outline[0]);
        Assert.Equal(("1.1", "显式空白字符表示"), outline[1]);
        Assert.Contains(("1.1", "Some images"), outline);
        Assert.Contains(("1.1.1", "Grouped images"), outline);
        Assert.Contains(("1.2.2", "Table with nested table"), outline);
        Assert.Contains(("2.3.1", "Chart with caption"), outline);
        Assert.Contains(("4", "参考文献"), outline);
        // Bold lines of body text are not headings.
        Assert.DoesNotContain(outline, h => h.Title is "bold" or "italic and bold hyperlink" or "italic");
        // LibreOffice's rendering of the contents list has 36 entries, one per heading.
        Assert.Equal(36, outline.Count);
    }

    [Fact]
    public void A_heading_holding_a_formula_keeps_it()
    {
        var d = Read("mineru-docx_01.docx");
        var heading = d.Blocks.OfType<Heading>().Single(h => h.Label == "2." );
        var formula = Assert.Single(heading.Title.Descendants().OfType<Formula>());
        Assert.Equal(FormulaNotation.Omml, formula.Notation);
        Assert.Contains("\\frac", formula.Text);
        Assert.Contains("\\sqrt", formula.Text);
    }

    [Fact]
    public void The_docling_sample_has_its_figure_with_its_caption()
    {
        var d = Read("docling-word_sample.docx");
        var figure = Assert.Single(d.Figures());
        Assert.Equal("Figure 1: This is a cute duckling", figure.Caption.PlainText());
        var image = Assert.Single(figure.Images);
        Assert.StartsWith("A cartoon duck", image.AltText);
        Assert.Equal("image/png", d.Resources[image.Key].MediaType);
        Assert.DoesNotContain(d.Blocks.OfType<Paragraph>(), p => p.Content.PlainText().StartsWith("Figure 1"));
    }

    [Fact]
    public void Every_equation_of_the_docling_file_is_kept()
    {
        var d = Read("docling-equations.docx");
        Assert.Equal(27, d.Formulas().Count());
        Assert.Contains(d.Formulas(), f => f.Text == "A=πr^{2}" && !f.Display);
        Assert.Contains(d.Formulas(), f => f.Display && f.Text.Contains("\\sum_{k=0}^{n}"));
    }

    [Fact]
    public void Automatic_heading_numbers_are_those_libreoffice_shows()
    {
        var outline = Outline(Read("docling-unit_test_headers_numbered.docx"));
        // soffice --convert-to txt: 1. / 1.1. / 1.2. / 1.2.1. / 2. / 2.1.1. / 2.2. / 1. / 1.1. / 1.1.1. / 2.3.1. … 2.3.8.3.
        Assert.Equal(
            ["1.", "1.1", "1.2", "1.2.1", "2.", "2.1.1", "2.2", "1.", "1.1", "1.1.1",
             "2.3.1", "2.3.2", "2.3.3", "2.3.4", "2.3.5", "2.3.6", "2.3.7", "2.3.8", "2.3.8.1", "2.3.8.2", "2.3.8.3", null],
            outline.Select(h => h.Label));
        Assert.Equal("Section 2.1", outline[6].Title);
        Assert.Equal("Appendix A: Glossary", outline[7].Title);
        Assert.Equal("REFERENCES", outline[^1].Title);
    }

    [Fact]
    public void Links_keep_their_targets_and_internal_ones_land_on_their_anchors()
    {
        var d = Read("pandoc-links.docx");
        Assert.Equal(["http://google.com", "http://pandoc.org/README.html#synopsis", "#_A_section_for", "#my_bookmark"],
            d.Links().Select(l => l.Target));
        Assert.Empty(d.UnresolvedLinks());
        Assert.Contains(d.Blocks.OfType<Heading>().Single(h => h.Title.PlainText() == "A section for testing link targets").Title,
            i => i is Anchor { Name: "_A_section_for" });
        // A HYPERLINK field with an address and a \l location, and a w:hyperlink with r:id and w:anchor.
        Assert.Equal(["https://books.google.com/books?id=sp_Zcb9ot90C&lpg=PR4&hl=zh-CN&pg=PA19#v=onepage&q&f=true",
                      "https://books.google.ae/books?id=dlc0DwAAQBAJ&lpg=PT29&hl=zh-CN&pg=PT26#v=onepage&q&f=true"],
            Read("instrText_hyperlink.docx").Links().Select(l => l.Target).Distinct());
    }

    [Fact]
    public void A_vml_picture_is_a_figure()
    {
        var d = Read("pandoc-image_vml.docx");
        var figure = Assert.Single(d.Figures());
        Assert.Equal("image/jpeg", d.Resources[Assert.Single(figure.Images).Key].MediaType);
    }

    [Fact]
    public void A_picture_linked_from_outside_is_named_in_a_warning_and_not_fetched()
    {
        var d = Read("docling-docx_external_image.docx");
        Assert.Empty(d.Figures());
        var warning = Assert.Single(d.Diagnostics, x => x.Code == "image-external");
        Assert.Contains("not fetched", warning.Message);
        Assert.NotEmpty(d.Blocks);
    }

    [Fact]
    public void The_word_output_of_the_mineru_document_is_valid_and_holds_its_pictures_links_and_formulas()
    {
        var d = Read("mineru-docx_01.docx");
        using var stream = new MemoryStream(Run.Render(new DocxReportWriter(), d));
        using var package = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        var body = package.MainDocumentPart!.Document!.Body!;
        Assert.Equal(9, body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Count());
        Assert.Equal(8, package.MainDocumentPart.ImageParts.Count());
        Assert.Equal(36, body.Descendants<DocumentFormat.OpenXml.Math.OfficeMath>().Count(m => !m.Ancestors<DocumentFormat.OpenXml.Math.OfficeMath>().Any()));
        Assert.Equal(11, body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Hyperlink>().Count());
    }
}
