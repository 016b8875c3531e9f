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
    /// The pages one by one, each read when asked for, so a reader that lets a page's glyphs go once it has its lines
    /// holds one page of glyphs at a time (a 2,000-page PDF held 7 million, 1 GB, when every page was read first). The
    /// refusal of a PDF without a text layer comes after its last page. Parsing pages (fonts above all) is most of the
    /// work; reading parts of a document in parallel, each through its own PdfPig document, was measured slower
    /// (docs/PERFORMANCE.md), so pages are read in turn.
    /// </summary>
    public static IEnumerable<PdfPageContent> Pages(byte[] content, PdfGlyphOptions glyphs)
    {
        if (content.Length == 0) throw new ReportReadException("the file is empty");
        if (content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf("%PDF-"u8) < 0)
            throw new ReportReadException("not a PDF (no %PDF- header)");
        PdfGuard.Check(content, Budgets.Current);
        return ReadPages(content, glyphs);
    }

    /// <summary>Some pages once more, by number, in the order given (pages a reader let go before it could finish them).</summary>
    public static IEnumerable<PdfPageContent> Pages(byte[] content, IReadOnlyList<int> numbers, PdfGlyphOptions glyphs)
    {
        using var document = Guarded(() => PdfDocument.Open(content, Parsing));
        foreach (int number in numbers)
            yield return Guarded(() => Content(document.GetPage(number), glyphs));
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

    private static IEnumerable<PdfPageContent> ReadPages(byte[] content, PdfGlyphOptions glyphs)
    {
        using var document = Guarded(() => PdfDocument.Open(content, Parsing));
        using var pages = Guarded(() => document.GetPages().GetEnumerator());
        bool anyText = false;
        int count = 0;
        while (Guarded(pages.MoveNext))
        {
            var page = Guarded(() => Content(pages.Current, glyphs));
            anyText |= page.Glyphs.Any(g => !string.IsNullOrWhiteSpace(g.Value));
            count++;
            yield return page;
        }
        if (count > 0 && !anyText)
            throw new ReportReadException("the PDF has no text layer (scanned pages?); OCR is not supported");
    }

    /// <summary>PdfPig's refusals in plain words (an iterator cannot catch around its yields, so each call is wrapped).</summary>
    private static T Guarded<T>(Func<T> read)
    {
        try { return read(); }
        catch (Exception e) when (e is not ReportReadException) { throw Translate(e); }
    }

    private static PdfPageContent Content(Page page, PdfGlyphOptions options)
    {
        // A page set sideways (a landscape table on a portrait page, a page with /Rotate) is read in the direction
        // most of its text runs; text running another way (a stamp up the margin) is no part of the reading flow.
        var letters = HiddenGlyphs.Shown([.. page.Letters.Where(l => l.Value.Length > 0 && l.Value != "\0")],
            page.Rotation.Value == 0 ? page.CropBox.Bounds : null, options);
        var values = PdfActualText.Apply(PdfLigatureWidths.Read([.. letters.Select(l => new DrawnLetter(l.Value, l.Width, l.FontName ?? "", l.PointSize))], options),
            PdfActualText.Spans(page, letters));
        var frame = PageFrame.Of(letters, page.Width, page.Height, options.VerticalFlowShare);
        var glyphs = letters.Select((l, i) => (Letter: l, Value: values[i])).Where(x => frame.Reads(x.Letter)).Select(x =>
            {
                var (l, value) = x;
                var (left, baseline) = frame.Map(l.StartBaseLine);
                double right = frame.Map(l.EndBaseLine).X;
                return new PdfGlyph(value, left, Math.Max(right, left + l.Width), baseline,
                    l.PointSize > 0 ? l.PointSize : l.FontSize, FontStyle.IsBold(l), FontStyle.IsItalic(l), FontStyle.IsKaiName(l.FontName),
                    FontStyle.IsSymbolName(l.FontName), FontStyle.IsFangSongName(l.FontName));
            })
            .ToList();
        var rules = PdfRuleReader.Rules(page.Paths, frame);
        return new PdfPageContent(page.Number, frame.Width, frame.Height, glyphs, rules, page.Text)
        {
            Pictures = PdfPictureReader.Pictures(page, frame), Shapes = PdfPictureReader.Shapes(page, frame),
        };
    }
}
