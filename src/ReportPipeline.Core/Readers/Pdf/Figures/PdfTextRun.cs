using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Glyphs standing together on one baseline, without a wide gap: a label, a tick number, a legend entry or a piece of a
/// line of body text. The figure stage decides on runs, not single glyphs, so a word is never cut at a figure's edge.
/// </summary>
internal sealed record PdfTextRun(IReadOnlyList<PdfGlyph> Glyphs, PageBox Box, string Text, double Size)
{
    public double CenterX => (Box.Left + Box.Right) / 2;
    public double CenterY => (Box.Bottom + Box.Top) / 2;

    /// <summary>The runs of a page's glyphs: rows by baseline (within a third of the size), cut where the gap exceeds <paramref name="gap"/> sizes.</summary>
    public static List<PdfTextRun> Of(IEnumerable<PdfGlyph> glyphs, double gap = 1.6)
    {
        var ordered = glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Value)).OrderByDescending(g => g.Baseline).ToList();
        var runs = new List<PdfTextRun>();
        int start = 0;
        while (start < ordered.Count)
        {
            int end = start + 1;
            double tolerance = Math.Max(1, ordered[start].Size * 0.3);
            while (end < ordered.Count && ordered[start].Baseline - ordered[end].Baseline <= tolerance) end++;
            var row = ordered.GetRange(start, end - start);
            row.Sort((a, b) => a.Left.CompareTo(b.Left));
            var current = new List<PdfGlyph> { row[0] };
            for (int i = 1; i < row.Count; i++)
            {
                if (row[i].Left - current[^1].Right > gap * Math.Max(row[i].Size, current[^1].Size))
                {
                    runs.Add(Make(current));
                    current = [];
                }
                current.Add(row[i]);
            }
            runs.Add(Make(current));
            start = end;
        }
        return runs;
    }

    private static PdfTextRun Make(List<PdfGlyph> glyphs)
    {
        var text = new StringBuilder();
        double size = glyphs.Max(g => g.Size);
        for (int i = 0; i < glyphs.Count; i++)
        {
            if (i > 0 && glyphs[i].Left - glyphs[i - 1].Right > glyphs[i].Size * 0.2) text.Append(' ');
            text.Append(glyphs[i].Value);
        }
        var box = new PageBox(glyphs.Min(g => g.Left), glyphs.Min(g => g.Baseline - g.Size * 0.25), glyphs.Max(g => g.Right), glyphs.Max(g => g.Baseline + g.Size * 0.85));
        return new PdfTextRun(glyphs, box, text.ToString(), size);
    }
}
