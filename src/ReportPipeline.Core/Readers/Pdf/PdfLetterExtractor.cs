using ReportPipeline.Decoding;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 1: the glyphs and rulings of every page, read with PdfPig. Bad input becomes one clear message: an
/// encrypted file, a file that is not a PDF or is damaged, a PDF with no text layer (scanned pages).
/// </summary>
internal static class PdfLetterExtractor
{
    private static readonly ParsingOptions Parsing = new() { UseLenientParsing = true, SkipMissingFonts = true };

    /// <summary>
    /// Reads every page. Parsing pages (fonts above all) is most of the work; reading parts of a document in parallel,
    /// each through its own PdfPig document, was measured slower (docs/PERFORMANCE.md), so pages are read in turn.
    /// </summary>
    public static List<PdfPageContent> Read(byte[] content)
    {
        if (content.Length == 0) throw new ReportReadException("the file is empty");
        if (content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf("%PDF-"u8) < 0)
            throw new ReportReadException("not a PDF (no %PDF- header)");
        PdfGuard.Check(content, Budgets.Current);
        try
        {
            var pages = ReadPages(content);
            if (pages.Count > 0 && pages.All(p => p.Glyphs.All(g => string.IsNullOrWhiteSpace(g.Value))))
                throw new ReportReadException("the PDF has no text layer (scanned pages?); OCR is not supported");
            return pages;
        }
        catch (Exception e) when (e is not ReportReadException)
        {
            throw Translate(e);
        }
    }

    private static Exception Translate(Exception e) => e switch
    {
        ReportReadException read => read,
        PdfDocumentEncryptedException => new ReportReadException("the PDF is encrypted; remove the password and convert again", e),
        PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException
            or InvalidCastException or KeyNotFoundException or OverflowException or FormatException or EndOfStreamException
            => new ReportReadException($"the PDF is damaged ({e.Message.Split('\n')[0]})", e),
        _ => e,
    };

    private static List<PdfPageContent> ReadPages(byte[] content)
    {
        using var document = PdfDocument.Open(content, Parsing);
        var pages = new List<PdfPageContent>();
        foreach (var page in document.GetPages())
        {
            // A page set sideways (a landscape table on a portrait page, a page with /Rotate) is read in the direction
            // most of its text runs; text running another way (a stamp up the margin) is no part of the reading flow.
            var letters = page.Letters.Where(l => l.Value.Length > 0 && l.Value != "\0").ToList();
            var frame = PageFrame.Of(letters, page.Width, page.Height);
            var glyphs = letters.Where(l => frame.Reads(l)).Select(l =>
                {
                    var (left, baseline) = frame.Map(l.StartBaseLine);
                    double right = frame.Map(l.EndBaseLine).X;
                    return new PdfGlyph(l.Value, left, Math.Max(right, left + l.Width), baseline,
                        l.PointSize > 0 ? l.PointSize : l.FontSize, FontStyle.IsBold(l), FontStyle.IsItalic(l));
                })
                .ToList();
            var rules = page.Paths.Where(p => !p.IsClipping && (p.IsStroked || p.IsFilled))
                .Select(p => p.GetBoundingRectangle()).Where(r => r.HasValue).Select(r => frame.Map(r!.Value))
                .Where(r => r.IsHorizontal || r.IsVertical).ToList();
            pages.Add(new PdfPageContent(page.Number, frame.Width, frame.Height, glyphs, rules, page.Text)
            {
                Pictures = PdfPictureReader.Pictures(page, frame), Shapes = PdfPictureReader.Shapes(page, frame),
            });
        }
        return pages;
    }
}
