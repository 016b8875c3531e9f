namespace ReportPipeline.Readers.Pdf;

/// <summary>A letter as the page draws it: its text, its advance, its font and its size.</summary>
internal readonly record struct DrawnLetter(string Value, double Width, string Font, double Size);

/// <summary>
/// Stage 1a: ligatures a font names by their last letter only. Some fonts (InDesign's subset fonts in U.S. government
/// journals) map the glyph of "fi" to "i", "ff" to "f", "Th" to "h", so "first" reads "irst" and "The" reads "he". Such a
/// glyph gives itself away by its width: it is drawn as wide as its letters together, far wider than its last letter
/// elsewhere in the same font and size. A letter as wide as a ligature ending in it (within
/// <see cref="PdfGlyphOptions.LigatureWidthFit"/>, widths measured on the same page) is read as that ligature.
/// </summary>
internal static class PdfLigatureWidths
{
    /// <summary>The Latin ligatures of text faces, as the letters a ToUnicode entry of their last letter leaves out.</summary>
    private static readonly (string Lost, string Last)[] Ligatures =
        [("f", "i"), ("ff", "i"), ("f", "l"), ("ff", "l"), ("f", "f"), ("T", "h")];

    /// <summary>How many times a letter must be drawn in a font and size before its width there is trusted.</summary>
    private const int Samples = 3;

    /// <summary>Each letter's text, a ligature's lost letters put back; the same list where none is found.</summary>
    public static IReadOnlyList<string> Read(IReadOnlyList<DrawnLetter> letters, PdfGlyphOptions options)
    {
        var values = letters.Select(l => l.Value).ToArray();
        if (options.LigatureWidthRatio <= 0 || !letters.Any(l => Ligatures.Any(x => x.Last == l.Value))) return values;
        var widths = letters.Where(l => l.Value.Length == 1 && char.IsAsciiLetter(l.Value[0]))
            .GroupBy(l => (Face(l.Font), Math.Round(l.Size, 1), l.Value))
            .ToDictionary(g => g.Key, g => (Width: Median(g.Select(l => l.Width)), Count: g.Count()));
        for (int i = 0; i < letters.Count; i++)
        {
            var l = letters[i];
            var face = (Face(l.Font), Math.Round(l.Size, 1));
            if (!widths.TryGetValue((face.Item1, face.Item2, l.Value), out var own) || own.Count < Samples
                || l.Width < own.Width * options.LigatureWidthRatio)
                continue;
            string? best = null;
            double bestMiss = double.MaxValue;
            foreach (var (lost, last) in Ligatures)
            {
                if (last != l.Value) continue;
                double expected = own.Width;
                bool measured = true;
                foreach (char c in lost)
                    if (widths.TryGetValue((face.Item1, face.Item2, c.ToString()), out var w)) expected += w.Width;
                    else measured = false;
                double miss = Math.Abs(l.Width - expected) / expected;
                if (measured && miss <= options.LigatureWidthFit && miss < bestMiss) (best, bestMiss) = (lost + last, miss);
            }
            if (best is not null) values[i] = best;
        }
        return values;
    }

    /// <summary>The font's face: its name without the subset tag ("ABCDEF+") and without an encoding suffix ("-Identity-H").</summary>
    internal static string Face(string font)
    {
        int plus = font.IndexOf('+');
        string name = plus == 6 ? font[(plus + 1)..] : font;
        foreach (var suffix in (string[])["-Identity-H", "-Identity-V"])
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        return name;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
