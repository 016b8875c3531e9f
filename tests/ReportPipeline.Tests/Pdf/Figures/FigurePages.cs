using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportPipeline.Tests.Pdf.Figures;

/// <summary>
/// What the figure tests build their pages from: a paragraph of one body sentence (PdfPig's builder, or glyphs for the
/// stages), a page of body text with room for a figure, a picture from a third-party fixture, and the body's text as read.
/// </summary>
internal static class FigurePages
{
    public const string Body = "The committee reviewed the spending of every department over the year and found it in line";

    /// <summary>A paragraph of body text in Helvetica 10, its lines 14 points apart from the baseline <paramref name="top"/>
    /// down, the last ending the sentence.</summary>
    public static void Paragraph(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double top, int lines = 6)
    {
        for (int i = 0; i < lines; i++) page.AddText(Body + (i == lines - 1 ? "." : " and"), 10, new PdfPoint(60, top - i * 14), font);
    }

    /// <summary>A page of body text over y = 640 and under y = 420, where a test puts its figure.</summary>
    public static (PdfDocumentBuilder Builder, PdfPageBuilder Page, PdfDocumentBuilder.AddedFont Font) PageWithText()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        Paragraph(page, font, 760);
        Paragraph(page, font, 380);
        return (builder, page, font);
    }

    /// <summary>A JPEG as a PDF stores it: the first picture of a third-party fixture, taken as its raw stream.</summary>
    public static byte[] Jpeg()
    {
        using var pdf = PdfDocument.Open(Repo.Fixture("third-party/pdf/mineru-demo1.pdf"));
        return pdf.GetPage(2).GetImages().First().RawMemory.ToArray();
    }

    /// <summary>The text of every block but the figures.</summary>
    public static string BodyText(ReportDocument d) =>
        string.Join("\n", d.Blocks.Where(b => b is not Figure).SelectMany(DocumentOrder.InlineRuns).Select(r => r.PlainText()));

    /// <summary>Glyphs of one line of monospaced text (half the size a character), starting at x on baseline y.</summary>
    public static IEnumerable<PdfGlyph> Line(string text, double size, double x, double y) =>
        text.Select((c, i) => new PdfGlyph(c.ToString(), x + i * size * 0.5, x + (i + 1) * size * 0.5, y, size, false));
}
