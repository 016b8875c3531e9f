using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 1 (before the glyphs are read): text drawn where no reader sees it. A glyph wholly outside the page's visible
/// box is dropped (pdftotext alike). Text drawn invisible (render mode 3) is the text layer of a scanned page, an OCR
/// layer under its picture: it is read where it is most of the page's text; on a page whose text is drawn it is a
/// hidden mark no reader sees (a search key set at 100 points, running off the page and across the body's lines) and
/// is dropped. Spaces are kept as drawn: they only space the letters round them. Text of mode 7 clips what is painted
/// after it, so it may be seen: it is kept.
/// </summary>
internal static class HiddenGlyphs
{
    /// <summary>A glyph as this stage sees it: its text, its box and whether it is drawn invisible.</summary>
    public readonly record struct Mark(string Value, PdfRectangle Box, bool Invisible);

    /// <summary>
    /// Which of <paramref name="marks"/> a reader sees, in their order, on a page whose visible box is <paramref name="page"/>
    /// (null where the glyphs' places are not in the box's terms: PdfPig turns a page's glyphs with its /Rotate, not its box).
    /// </summary>
    public static bool[] Shown(IReadOnlyList<Mark> marks, PdfRectangle? page, PdfGlyphOptions options)
    {
        var shown = new bool[marks.Count];
        int printed = 0, invisible = 0;
        for (int i = 0; i < marks.Count; i++)
        {
            var m = marks[i];
            shown[i] = page is not { } box || Overlaps(m.Box, box);
            if (!shown[i] || string.IsNullOrWhiteSpace(m.Value)) continue;
            printed++;
            if (m.Invisible) invisible++;
        }
        // An OCR layer (most of the text invisible) is the page's text; a few invisible letters among drawn text are not.
        if (invisible == 0 || printed > 0 && invisible >= printed * options.InvisibleTextShare) return shown;
        for (int i = 0; i < marks.Count; i++)
            if (marks[i].Invisible && !string.IsNullOrWhiteSpace(marks[i].Value)) shown[i] = false;
        return shown;
    }

    /// <summary>The letters of a page a reader sees.</summary>
    public static List<Letter> Shown(IReadOnlyList<Letter> letters, PdfRectangle? page, PdfGlyphOptions options)
    {
        var marks = letters.Select(l => new Mark(l.Value, Reach(l), l.RenderingMode == TextRenderingMode.Neither)).ToList();
        var shown = Shown(marks, page, options);
        return shown.All(s => s) ? [.. letters] : [.. letters.Where((_, i) => shown[i])];
    }

    /// <summary>Where a letter is drawn: its glyph's box and its baseline together (a font with a wrong box still has its baseline).</summary>
    private static PdfRectangle Reach(Letter l)
    {
        var b = l.GlyphRectangle;
        PdfPoint p = l.StartBaseLine, q = l.EndBaseLine;
        double left = Math.Min(Math.Min(Math.Min(b.TopLeft.X, b.TopRight.X), Math.Min(b.BottomLeft.X, b.BottomRight.X)), Math.Min(p.X, q.X));
        double right = Math.Max(Math.Max(Math.Max(b.TopLeft.X, b.TopRight.X), Math.Max(b.BottomLeft.X, b.BottomRight.X)), Math.Max(p.X, q.X));
        double bottom = Math.Min(Math.Min(Math.Min(b.TopLeft.Y, b.TopRight.Y), Math.Min(b.BottomLeft.Y, b.BottomRight.Y)), Math.Min(p.Y, q.Y));
        double top = Math.Max(Math.Max(Math.Max(b.TopLeft.Y, b.TopRight.Y), Math.Max(b.BottomLeft.Y, b.BottomRight.Y)), Math.Max(p.Y, q.Y));
        return new PdfRectangle(left, bottom, right, top);
    }

    /// <summary>Whether a glyph's box reaches into the page (a page box with no area says nothing: every glyph is on it).</summary>
    private static bool Overlaps(PdfRectangle box, PdfRectangle page) =>
        page.Width <= 0 || page.Height <= 0 || Math.Max(box.Left, box.Right) >= page.Left && Math.Min(box.Left, box.Right) <= page.Right
        && Math.Max(box.Bottom, box.Top) >= page.Bottom && Math.Min(box.Bottom, box.Top) <= page.Top;
}
