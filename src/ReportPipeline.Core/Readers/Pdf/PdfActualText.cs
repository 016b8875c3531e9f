using UglyToad.PdfPig.Content;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 1a: the text a PDF gives for what it draws (a marked-content span's /ActualText) in place of what its font's
/// codes say. InDesign draws some capitals with glyphs its font names otherwise and wraps each in a span saying the
/// letter meant ("/Span &lt;&lt;/ActualText (O)&gt;&gt; BDC (O) Tj EMC": the font reads "o", the page and pdftotext
/// "O"). A span whose text is only white space or control characters (a space drawn as U+00A0 or U+0007) leaves the
/// drawn glyphs as they are: they are spacing.
/// </summary>
internal static class PdfActualText
{
    /// <summary>
    /// The letters' values with every span's actual text put in: one character a letter where the span draws as many
    /// letters as its text has characters, else the whole text on its first letter and nothing on the others (a ligature
    /// or a word drawn in pieces).
    /// </summary>
    /// <param name="values">What each letter's font code reads.</param>
    /// <param name="spans">Each span's letters (indices into <paramref name="values"/>, in drawing order) and its actual text.</param>
    public static string[] Apply(IReadOnlyList<string> values, IEnumerable<(IReadOnlyList<int> Letters, string Text)> spans)
    {
        var result = values.ToArray();
        foreach (var (letters, raw) in spans)
        {
            string text = string.Concat(raw.Where(c => !char.IsControl(c)));
            if (letters.Count == 0 || string.IsNullOrWhiteSpace(text)) continue;
            if (letters.Any(i => string.IsNullOrWhiteSpace(values[i]))) continue; // spacing drawn inside the span: left as drawn
            if (string.Concat(letters.Select(i => values[i])) == text) continue;
            if (letters.Count == text.Length)
                for (int k = 0; k < letters.Count; k++) result[letters[k]] = text[k].ToString();
            else
                for (int k = 0; k < letters.Count; k++) result[letters[k]] = k == 0 ? text : "";
        }
        return result;
    }

    /// <summary>The page's spans that carry an actual text, each with the indices of its letters among <paramref name="letters"/>.</summary>
    public static IEnumerable<(IReadOnlyList<int> Letters, string Text)> Spans(Page page, IReadOnlyList<Letter> letters)
    {
        IReadOnlyList<MarkedContentElement> contents;
        try { contents = page.GetMarkedContents(); }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException) { yield break; }
        if (!contents.SelectMany(Descendants).Any(e => !string.IsNullOrEmpty(e.ActualText))) yield break; // most pages: no index built
        var index = new Dictionary<Letter, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < letters.Count; i++) index[letters[i]] = i;
        var stack = new Stack<MarkedContentElement>(contents.Reverse());
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (!string.IsNullOrEmpty(element.ActualText))
            {
                // The span's text stands for everything drawn in it, nested spans included.
                var drawn = Descendants(element).SelectMany(e => e.Letters).Select(l => index.TryGetValue(l, out int i) ? i : -1).Where(i => i >= 0).Distinct().Order().ToList();
                yield return (drawn, element.ActualText);
                continue;
            }
            foreach (var child in element.Children.Reverse()) stack.Push(child);
        }
    }

    private static IEnumerable<MarkedContentElement> Descendants(MarkedContentElement element) =>
        element.Children.SelectMany(Descendants).Prepend(element);
}
