using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>How our text of a PDF compares with poppler's pdftotext, which does not trust our reader.</summary>
/// <param name="Recall">Share of pdftotext's characters (whitespace left out, NFKC) that our text holds, counted as multisets.</param>
/// <param name="MinPageRecall">The lowest share, over pages, of a page's characters in words (as pdftotext splits them) found in our text.</param>
/// <param name="Precision">Share of our characters that pdftotext also has.</param>
/// <param name="InOrder">Share of pdftotext's consecutive 8-character chunks found in our text in the same order, both texts
/// taken outside the tables, figures and contents lists the reader found (<see cref="PdfTextJudge.OrderReference"/>).</param>
/// <param name="Furniture">Body runs (headings, paragraphs, list items) that are a running head or page number of pdftotext's pages.</param>
/// <param name="Doubled">Glyphs doubled in our text beyond pdftotext's ("第第", "EE").</param>
/// <param name="Controls">C0/C1 control characters in our text.</param>
/// <param name="Ligatures">Ligature characters (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) in our text.</param>
/// <param name="Glued">Latin letter runs of more than 25 letters in our text that pdftotext does not have.</param>
/// <param name="HyphensKept">Words pdftotext breaks at a line-end hyphen that we keep hyphenated though no other line has them so.</param>
/// <param name="InOrderAll">The in-order share over all the text, tables included (the measure before the fair one; shown, not held).</param>
/// <param name="OrderJudged">Share of pdftotext's characters the in-order share is taken over (what stands outside the regions left out).</param>
public sealed record PdfTextScore(string File, int Pages, double Recall, double MinPageRecall, double Precision, double InOrder,
    int Furniture, int Doubled, int Controls, int Ligatures, int Glued, int HyphensKept, double InOrderAll = 0, double OrderJudged = 1)
{
    public static string Header =>
        "| file | pages | recall | min page recall | precision | in order | furniture in body | doubled | controls | ligatures | glued | hyphens kept | in order, all text | judged for order |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    public override string ToString() =>
        $"| {File} | {Pages} | {Recall:0.000} | {MinPageRecall:0.000} | {Precision:0.000} | {InOrder:0.000} | {Furniture} | {Doubled} | {Controls} | {Ligatures} | {Glued} | {HyphensKept} | {InOrderAll:0.000} | {OrderJudged:0.00} |";
}

/// <summary>
/// The text-level judge of the PDF reader: reads a PDF with our reader and with pdftotext and measures what was lost,
/// added, reordered or damaged. Our text is every block, cell and note plus the furniture layer (furniture is kept, not
/// lost); body runs are checked separately for furniture left in them.
/// </summary>
public static partial class PdfTextJudge
{
    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"[A-Za-z]{26,}")]
    private static partial Regex LongLatin();

    [GeneratedRegex(@"([a-z]{2,})-\n([a-z]{2,})")]
    private static partial Regex LineEndHyphen();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[-—–]?(\d{1,4})[-—–]?$")]
    private static partial Regex PageNumberLine();

    /// <param name="change">Applied to our reading before it is judged (the judge's own tests shuffle it).</param>
    public static PdfTextScore Measure(string path, Func<ReportDocument, ReportDocument>? change = null)
    {
        var document = new PdfReportReader().Read(File.ReadAllBytes(path));
        if (change is not null) document = change(document);
        string[] referencePages = Support.Tools.Run("pdftotext", $"-enc UTF-8 \"{path}\" -", "").Split('\f');
        if (referencePages.Length > 1 && referencePages[^1].Trim().Length == 0) referencePages = referencePages[..^1];
        var reference = WithoutLeftOut(path, document, referencePages);
        var score = Score(Path.GetFileName(path), document, reference);
        var (orderReference, orderOurs) = OrderReference(document, PdfWordBoxes.Read(path), TurnedPages(path));
        string squeezed = Squeeze(orderReference), all = Squeeze(string.Concat(reference));
        return score with
        {
            InOrder = InOrder(squeezed, Squeeze(orderOurs)), InOrderAll = score.InOrder,
            OrderJudged = Ratio(squeezed.Length, Math.Max(squeezed.Length, Squeeze(string.Concat(referencePages)).Length)),
        };
    }

    /// <summary>
    /// The two texts the in-order share compares. Left out of both: the text of the tables the reader found (which order
    /// a table's cells are read in, row by row as we do or column by column as pdftotext often does, is no reading order
    /// of the page, and the cells are judged by their shapes in NAME.expected.json), and of pdftotext's text the words
    /// standing inside those tables' boxes and inside the figures and contents lists the reader left out (their labels and
    /// entries are not in our text). Margin line numbers (a transcript's 1–25, in the furniture layer) leave both the same
    /// way: pdftotext reads each into the line it numbers, which is no reading order of the page either; their count is
    /// written by hand (<c>lineNumbers</c> in NAME.expected.json). A table the reader did not find stays in both: its order is still judged. A table
    /// run on over pages has no one box, so it stays in both too, and so do the regions of a page set sideways (turned by
    /// the page's /Rotate or by its text's direction: our boxes are in the text's frame, pdftotext's are not). Every other block keeps its place in our text, so a
    /// wrong reading order of the page still loses its chunks (<c>A_shuffled_reading_order_fails_the_in_order_judge</c>).
    /// </summary>
    public static (string Reference, string Ours) OrderReference(ReportDocument document, List<List<PdfWordBox>> words, ISet<int>? turned = null)
    {
        var (tables, regions) = LeftOutOfOrder(document, turned);
        string reference = string.Join("\n", words.Select((page, i) =>
            string.Join(" ", page.Where(w => !regions[i + 1].Any(w.Inside)).Select(w => w.Text))));
        return (reference, OurText(document, b => !tables.Contains(b), f => f.Kind != FurnitureKind.LineNumber));
    }

    /// <summary>The tables (with one box, on an upright page) the in-order share leaves out, and by page the boxes of them, the figures and contents lists.</summary>
    public static (HashSet<object> Tables, ILookup<int, PageBox> Regions) LeftOutOfOrder(ReportDocument document, ISet<int>? turned)
    {
        bool Upright(SourceSpan s) => s is { Page: not null, Box: not null, EndPage: null } && turned?.Contains(s.Page.Value) != true;
        var boxed = document.Blocks.OfType<Table>().Where(t => Upright(t.Source)).ToList();
        var regions = boxed.Select(t => t.Source)
            .Concat(document.Blocks.OfType<Figure>().Select(f => f.Source))
            .Concat(document.Diagnostics.Where(d => d.Code == "pdf-contents-list").Select(d => d.Source!))
            .Concat(document.Furniture.Where(f => f.Kind == FurnitureKind.LineNumber).Select(f => f.Source))
            .Where(Upright).ToLookup(s => s.Page!.Value, s => s.Box!);
        return (boxed.ToHashSet<object>(ReferenceEqualityComparer.Instance), regions);
    }

    /// <summary>
    /// Our text: another document's text printed above the title, the document labels and the title block, the blocks kept (a heading with its numbering), the notes with their markers, the
    /// furniture layer. A note stands where the page prints it, as pdftotext reads it: after the last block of its page
    /// (a page's foot note at that page's foot, end notes at the end); a note of no known page closes the text.
    /// </summary>
    /// <param name="keepFurniture">The furniture kept (all of it where not given).</param>
    public static string OurText(ReportDocument document, Func<Block, bool> keep, Func<PageFurniture, bool>? keepFurniture = null)
    {
        var markers = document.Footnotes.ToDictionary(f => f.Id, f => f.Marker);
        // The document's labels are printed above its title block, as every writer prints them.
        var labels = document.Blocks.TakeWhile(b => b is Paragraph { IsDocumentLabel: true }).ToList();
        // Another document's text on the report's page stands above the title block, where the page prints it.
        bool other(PageFurniture f) => f.Kind == FurnitureKind.OtherDocument;
        var parts = document.Furniture.Where(f => other(f) && (keepFurniture ?? (_ => true))(f)).Select(f => f.Text).ToList();
        parts.AddRange(labels.Where(keep).SelectMany(b => DocumentOrder.InlineRuns(b).Select(r => Plain(r, markers))));
        parts.AddRange([document.Metadata.Title ?? "", document.Metadata.Subtitle ?? "", document.Metadata.Author ?? ""]);
        var notes = document.Footnotes.Select(f => (Page: f.Source.Page, Text: f.Marker + Plain(f.Content, markers))).ToList();
        int placed = 0;
        foreach (var block in document.Blocks.Skip(labels.Count).Where(keep))
        {
            // Notes of the pages before this block's first page close those pages.
            for (; placed < notes.Count && notes[placed].Page is int page && block.Source.Page is int first && page < first; placed++)
                parts.Add(notes[placed].Text);
            // A heading's numbering is kept apart from its title.
            parts.AddRange(block is Heading h ? [(h.Label ?? "") + Plain(h.Title, markers) + h.Stop] : DocumentOrder.InlineRuns(block).Select(r => Plain(r, markers)));
        }
        parts.AddRange(notes.Skip(placed).Select(n => n.Text));
        parts.AddRange(document.Furniture.Where(f => !other(f) && (keepFurniture ?? (_ => true))(f)).Select(f => f.Text));
        return string.Join("\n", parts);
    }

    /// <summary>
    /// pdftotext's pages without the text the reader leaves out on purpose: the labels inside figures (chart axes,
    /// legends) and the document's own contents lists, each cut out of pdftotext's text by what pdftotext itself reads
    /// inside the region's box. The regions are the reader's; that they are the right ones is checked by the counts
    /// written by hand (the figures and contents lists of NAME.expected.json, PdfExpectationTests).
    /// </summary>
    public static string[] WithoutLeftOut(string path, ReportDocument document, string[] referencePages)
    {
        // A figure's caption is in our text: a title the figure sets inside its region stays in the reference too.
        var regions = document.Blocks.OfType<Figure>().Select(f => (f.Source, Caption: Squeeze(f.Caption.PlainText())))
            .Concat(document.Diagnostics.Where(d => d.Code == "pdf-contents-list").Select(d => (Source: d.Source!, Caption: "")))
            .Where(r => r.Source.Page is not null && r.Source.Box is not null).ToList();
        if (regions.Count == 0) return referencePages;
        var pages = (string[])referencePages.Clone();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        foreach (var (region, caption) in regions)
        {
            int page = region.Page!.Value;
            if (page > pages.Length) continue;
            double height = pdf.GetPage(page).Height;
            var b = region.Box!;
            string crop = FormattableString.Invariant(
                $"-f {page} -l {page} -x {Math.Ceiling(b.Left + 1)} -y {Math.Ceiling(height - b.Top + 1)} -W {Math.Floor(b.Right - b.Left - 2)} -H {Math.Floor(b.Top - b.Bottom - 2)}");
            string inside = Support.Tools.Run("pdftotext", $"{crop} -enc UTF-8 \"{path}\" -", "");
            // A sentence is body text, never a chart's label: a figure region drawn over the page's paragraphs does not
            // excuse losing them (a page of two charts lost its sentences between them, and the judge had left them out).
            var labels = inside.Split('\n').Where(line => !IsSentence(line) && !InCaption(line, caption));
            foreach (var word in labels.SelectMany(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            {
                // The word standing alone first (a chart's "2025" is not the "2025" inside a title's "2020年—2025年…").
                int at = WordAt(pages[page - 1], word);
                if (at < 0) at = pages[page - 1].IndexOf(word, StringComparison.Ordinal);
                if (at >= 0) pages[page - 1] = pages[page - 1].Remove(at, word.Length);
            }
        }
        return pages;
    }

    /// <summary>A line of words (four characters or more, letters among them) that the figure's caption holds: its title.</summary>
    private static bool InCaption(string line, string caption) =>
        Squeeze(line) is { Length: >= 4 } words && words.Any(char.IsLetter) && caption.Contains(words, StringComparison.Ordinal);

    /// <summary>Where the word first stands whole in the text (between white space or the text's ends), or -1.</summary>
    private static int WordAt(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            if ((at == 0 || char.IsWhiteSpace(text[at - 1])) && (at + word.Length == text.Length || char.IsWhiteSpace(text[at + word.Length]))) return at;
        return -1;
    }

    /// <summary>A line of running text: it ends a Chinese sentence, or holds five words or more and ends with a stop.</summary>
    public static bool IsSentence(string line)
    {
        string t = line.Trim();
        return t.Contains('。') || t.Length > 0 && t[^1] is '.' or '!' or '?' && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5;
    }

    /// <summary>Pages turned by their /Rotate entry or set with most of their letters not upright.</summary>
    public static HashSet<int> TurnedPages(string path)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        return pdf.GetPages().Where(p => p.Rotation.Value % 360 != 0
                || p.Letters.Count(l => l.TextOrientation != UglyToad.PdfPig.Content.TextOrientation.Horizontal) * 2 > p.Letters.Count)
            .Select(p => p.Number).ToHashSet();
    }

    public static PdfTextScore Score(string file, ReportDocument document, string[] referencePages)
    {
        var markers = document.Footnotes.ToDictionary(f => f.Id, f => f.Marker);
        var bodyRuns = document.Blocks.Where(b => b is not Table).SelectMany(DocumentOrder.InlineRuns).Select(r => Plain(r, markers)).ToList();
        string raw = OurText(document, _ => true);
        string ours = Squeeze(raw);
        string reference = Squeeze(string.Concat(referencePages));

        var ourCounts = Counts(ours);
        int common = Counts(reference).Sum(kv => Math.Min(kv.Value, ourCounts.GetValueOrDefault(kv.Key)));
        // A page's words (whitespace-separated in pdftotext's text) found anywhere in ours, by their characters: a lost page shows here.
        double minPage = referencePages.Select(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Squeeze).Where(w => w.Length > 0).ToList())
            .Where(words => words.Sum(w => w.Length) >= 8)
            .Select(words => words.Where(w => ours.Contains(w, StringComparison.Ordinal)).Sum(w => w.Length) / (double)words.Sum(w => w.Length))
            .DefaultIfEmpty(1).Min();

        string referenceText = string.Join("\n", referencePages);
        var referenceLongRuns = LongLatin().Matches(referenceText).Select(m => m.Value).ToHashSet();
        int hyphensKept = LineEndHyphen().Matches(referenceText)
            .Select(m => (Broken: m.Groups[1].Value + "-" + m.Groups[2].Value, Joined: m.Groups[1].Value + m.Groups[2].Value))
            .Count(h => raw.Contains(h.Broken, StringComparison.Ordinal) && !referenceText.Replace("-\n", "").Contains(h.Broken, StringComparison.Ordinal));

        return new PdfTextScore(file, referencePages.Length,
            Ratio(common, reference.Length), minPage, Ratio(common, ours.Length), InOrder(reference, ours),
            FurnitureInBody(bodyRuns, referencePages), Math.Max(0, DoubledCount(ours) - DoubledCount(reference)),
            raw.Count(c => char.IsControl(c) && c is not '\n' and not '\t' and not '\r'),
            raw.Count(c => c is >= '\uFB00' and <= '\uFB06'),
            LongLatin().Matches(raw).Count(m => !referenceLongRuns.Contains(m.Value)),
            hyphensKept);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : part / (double)whole;

    private static string Plain(IEnumerable<Inline> inlines, Dictionary<string, string> markers) =>
        string.Concat(inlines.Select(i => i switch
        {
            FootnoteReference r => markers.GetValueOrDefault(r.FootnoteId, ""),
            Strong s => Plain(s.Content, markers),
            Emphasis e => Plain(e.Content, markers),
            _ => i.PlainText(),
        }));

    /// <summary>
    /// Whitespace and control characters out, compatibility forms folded (ﬁ → fi, full-width → ASCII, ¹ → 1, and the
    /// ideographic full stop "。" → "."), private-use characters out: a font that maps the full stop it draws to ASCII or
    /// its decimal point to a private-use code gives pdftotext "." or nothing where the reader gives what the page shows.
    /// </summary>
    public static string Squeeze(string text)
    {
        var sb = new StringBuilder(text.Length);
        // pdftotext and PdfPig may pass on half of a surrogate pair; it is no character, so it counts as nothing.
        var valid = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
            if (!char.IsSurrogate(text[i]) || char.IsSurrogatePair(text, i) || i > 0 && char.IsSurrogatePair(text, i - 1)) valid.Append(text[i]);
        string folded = valid.ToString().Normalize(NormalizationForm.FormKC);
        for (int i = 0; i < folded.Length; i++)
        {
            char c = folded[i];
            if (char.IsSurrogatePair(folded, i) && char.ConvertToUtf32(folded[i], folded[i + 1]) >= 0xF0000) { i++; continue; } // planes 15–16: private use
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\u00AD' && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.PrivateUse))
                sb.Append(c == '。' ? '.' : c);
        }
        return sb.ToString();
    }

    private static Dictionary<char, int> Counts(string text)
    {
        var counts = new Dictionary<char, int>();
        foreach (char c in text) counts[c] = counts.GetValueOrDefault(c) + 1;
        return counts;
    }

    /// <summary>The longest run of reference chunks found in our text in increasing positions, over all chunks.</summary>
    public static double InOrder(string reference, string ours)
    {
        const int n = 8;
        var positions = new Dictionary<string, List<int>>();
        for (int i = 0; i + n <= ours.Length; i++)
        {
            string gram = ours.Substring(i, n);
            if (!positions.TryGetValue(gram, out var list)) positions[gram] = list = [];
            list.Add(i);
        }
        int chunks = reference.Length / n;
        if (chunks == 0) return 1;
        // Longest increasing subsequence over the candidate positions, each chunk's candidates taken in decreasing
        // order so that one chunk contributes at most one position.
        var tails = new List<int>();
        for (int c = 0; c < chunks; c++)
        {
            if (!positions.TryGetValue(reference.Substring(c * n, n), out var found)) continue;
            for (int k = found.Count - 1; k >= 0; k--)
            {
                int index = tails.BinarySearch(found[k]);
                if (index >= 0) continue;
                index = ~index;
                if (index == tails.Count) tails.Add(found[k]); else tails[index] = found[k];
            }
        }
        return tails.Count / (double)chunks;
    }

    /// <summary>Same glyph twice in a row (letters and CJK only).</summary>
    private static int DoubledCount(string text)
    {
        int count = 0;
        for (int i = 1; i < text.Length; i++)
            if (text[i] == text[i - 1] && char.IsLetter(text[i])) count++;
        return count;
    }

    /// <summary>
    /// Running heads and page numbers by pdftotext's pages: the first and last two lines of each page that, digits
    /// masked, stand on at least two pages, and bare numbers there. Counted where a body run is such a line.
    /// </summary>
    public static int FurnitureInBody(List<string> bodyRuns, string[] pages)
    {
        string Key(string s) => Digits().Replace(Squeeze(s), "#");
        var edges = pages.Select((p, i) =>
        {
            var lines = p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            return lines.Take(2).Concat(lines.TakeLast(2)).Distinct().Select(Key).ToList();
        }).ToList();
        var furniture = edges.SelectMany(e => e).GroupBy(k => k).Where(g => g.Count() >= 2 && g.Key.Length >= 6).Select(g => g.Key).ToHashSet();
        // A page number is matched by its value ("— 12 —" in our body is pdftotext's "12"), not with its digits masked:
        // masked, every bare number of a table left in the body ("85") passed for the page number ("642").
        static string? Number(string line) => PageNumberLine().Match(Squeeze(line)) is { Success: true } m ? m.Groups[1].Value : null;
        var numbers = pages.SelectMany(p => p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(2))
            .Select(Number).OfType<string>().ToHashSet();
        return bodyRuns.Count(r => Key(r) is { Length: > 0 } k && furniture.Contains(k) || Number(r) is { } n && numbers.Contains(n));
    }
}
