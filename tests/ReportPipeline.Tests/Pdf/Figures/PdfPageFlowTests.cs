using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Json;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static ReportPipeline.Tests.Pdf.Figures.FigurePages;

namespace ReportPipeline.Tests.Pdf.Figures;

/// <summary>
/// Pages are read one at a time while the figure stage still judges each with facts of the whole document: a picture
/// drawn again on a later page is an ornament on the first page too, and pages waiting for those facts give the same
/// document whether they are kept whole or read a second time.
/// </summary>
public class PdfPageFlowTests
{
    private static readonly PdfReaderOptions ReadAgain = PdfReaderOptions.Default with { Figures = PdfFigureOptions.Default with { HeldGlyphs = 0 } };

    /// <summary>Pages of body text; the pages named carry the same picture in the middle of the page.</summary>
    private static byte[] Document(int pages, params int[] pictured)
    {
        byte[] jpeg = Jpeg();
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int n = 1; n <= pages; n++)
        {
            var page = builder.AddPage(595, 842);
            Paragraph(page, font, 760);
            if (pictured.Contains(n)) page.AddJpeg(jpeg, new PdfRectangle(150, 460, 450, 640));
            Paragraph(page, font, 380);
        }
        return builder.Build();
    }

    private static string Json(ReportDocument document) => Run.RenderText(new JsonReportWriter(), document);

    [Fact]
    public void A_picture_drawn_again_pages_later_is_an_ornament_on_its_first_page_too()
    {
        foreach (var options in new[] { PdfReaderOptions.Default, ReadAgain })
        {
            Assert.Empty(new PdfReportReader(null, options).Read(Document(4, 1, 4)).Blocks.OfType<Figure>());
            var once = Assert.Single(new PdfReportReader(null, options).Read(Document(4, 2)).Blocks.OfType<Figure>());
            Assert.Equal(2, once.Source.Page);
        }
    }

    [Theory]
    [InlineData("mineru-demo1.pdf", 5)] // Fig. 1–5 (the masthead logos over the title are no figures)
    [InlineData("gov-xian-2025-statistical-bulletin-6pages.pdf", 2)]
    [InlineData("mineru-test_rearch_report.pdf", 1)]
    public void Pages_read_a_second_time_give_the_document_that_pages_kept_whole_give(string file, int figures)
    {
        byte[] pdf = File.ReadAllBytes(Repo.Fixture("third-party/pdf/" + file));
        var kept = new PdfReportReader().Read(pdf);
        var readAgain = new PdfReportReader(null, ReadAgain).Read(pdf);
        Assert.Equal(figures, readAgain.Blocks.OfType<Figure>().Count());
        Assert.Equal(Json(kept), Json(readAgain));
        Assert.Equal(kept.Resources.All.Select(r => r.Key), readAgain.Resources.All.Select(r => r.Key)); // keys are hashes of the bytes
    }
}
