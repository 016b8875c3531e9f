namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// What the figure stage must know of the whole document, gathered page by page as the pages are read and kept without
/// their glyphs: the pictures drawn on two pages or more (logos, ornaments of the layout), the size of the body text (the
/// size most glyphs have) and the largest text size.
/// </summary>
internal sealed class FigureDocumentFacts
{
    private readonly Dictionary<string, int> pagesByPicture = [];
    private readonly Dictionary<double, (int Glyphs, int Order)> glyphsBySize = [];
    private HashSet<string>? repeated;
    private double? bodySize;

    /// <summary>Fingerprints of the pictures drawn on two pages or more.</summary>
    public IReadOnlySet<string> Repeated => repeated ??= pagesByPicture.Where(p => p.Value > 1).Select(p => p.Key).ToHashSet();

    /// <summary>The size (rounded) most glyphs of the document have; of equal counts, the size met first; 0 without glyphs.</summary>
    public double BodySize => bodySize ??= glyphsBySize.Count == 0 ? 0
        : glyphsBySize.OrderByDescending(s => s.Value.Glyphs).ThenBy(s => s.Value.Order).First().Key;

    /// <summary>The size of the document's largest glyph (0 without glyphs).</summary>
    public double Largest { get; private set; }

    public void Add(PdfPageContent page)
    {
        repeated = null;
        bodySize = null;
        foreach (var fingerprint in page.Pictures.Select(p => p.Fingerprint).Distinct())
            pagesByPicture[fingerprint] = pagesByPicture.GetValueOrDefault(fingerprint) + 1;
        foreach (var glyph in page.Glyphs)
        {
            double size = Math.Round(glyph.Size);
            glyphsBySize[size] = glyphsBySize.TryGetValue(size, out var seen) ? (seen.Glyphs + 1, seen.Order) : (1, glyphsBySize.Count);
            Largest = Math.Max(Largest, glyph.Size);
        }
    }

    public static FigureDocumentFacts Of(IEnumerable<PdfPageContent> pages)
    {
        var facts = new FigureDocumentFacts();
        foreach (var page in pages) facts.Add(page);
        return facts;
    }
}
