using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Tests.Support;
using UglyToad.PdfPig.Writer;

namespace ReportPipeline.Tests.Pdf;

/// <summary>PDFs no one on the team made (shared/third-party/pdf), and bad ones.</summary>
public class PdfReaderTests
{
    private static ReportDocument Read(params string[] path) => new PdfReportReader().Read(File.ReadAllBytes(Repo.Fixture(Path.Combine(path))));

    private static List<string> References(ReportDocument d) =>
        d.FootnoteReferences().Select(r => r.FootnoteId).ToList();

    private static string Text(ReportDocument d) => string.Concat(d.InlineRuns().Select(r => r.PlainText() + "\n"));

    [Fact]
    public void A_korean_brief_in_two_columns_links_every_page_footnote()
    {
        var d = Read("third-party", "docling-normal_4pages_ko.pdf");
        // Ten numbered notes, all linked, and the author's note ("*" after the byline, which is metadata: nothing points to it).
        Assert.Equal(11, d.Footnotes.Count);
        var referenced = References(d).ToHashSet();
        Assert.Equal("*", Assert.Single(d.Footnotes, f => !referenced.Contains(f.Id)).Marker);
        Assert.DoesNotContain(d.Diagnostics, x => x.Code.StartsWith("footnote", StringComparison.Ordinal) && x.Code != "footnote-unreferenced");
        Assert.Contains("코로나-19", Text(d));
    }

    [Fact]
    public void A_federal_register_issue_in_three_columns_converts_with_its_notes_and_without_running_heads()
    {
        var d = Read("third-party", "federal-register-2020-17221.pdf");
        Assert.Equal(15, d.Footnotes.Count);
        Assert.Equal(d.Footnotes.Select(f => f.Id).ToHashSet(), References(d).ToHashSet());
        Assert.DoesNotContain(d.Diagnostics, x => x.Code.StartsWith("footnote", StringComparison.Ordinal));
        string text = Text(d);
        Assert.DoesNotContain("VerDate", text);
        Assert.DoesNotContain("Federal Register / Vol. 85", text);
        Assert.DoesNotContain("jbell on", text);
        Assert.Contains(d.Furniture, f => f.Kind == FurnitureKind.Header);
        Assert.Contains("Airworthiness Directives", text);
    }

    [Theory]
    [InlineData("encrypted.pdf", "encrypted")]
    [InlineData("truncated.pdf", "damaged")]
    public void A_bad_pdf_gives_one_clear_message(string name, string problem) =>
        Assert.Contains(problem, Assert.Throws<ReportReadException>(() => Read("bad", name)).Message);

    [Fact]
    public void A_pdf_without_a_text_layer_says_ocr_is_not_supported()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(100, 100), 200, 300);
        var e = Assert.Throws<ReportReadException>(() => new PdfReportReader().Read(builder.Build()));
        Assert.Contains("OCR", e.Message);
    }

    [Fact]
    public void Bytes_that_are_no_pdf_are_refused() =>
        Assert.Contains("not a PDF", Assert.Throws<ReportReadException>(() => new PdfReportReader().Read([1, 2, 3, 4])).Message);
}
