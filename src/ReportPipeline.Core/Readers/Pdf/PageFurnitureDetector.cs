using ReportPipeline.Structure;
using System.Text.RegularExpressions;
using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of <see cref="PageFurnitureDetector"/>: how much of the page top and bottom are margins.</summary>
/// <param name="MarginShare">Where running headers and footers stand.</param>
/// <param name="PageNumberShare">Where a line that is only a page number counts as one (footers sit higher in official documents).</param>
/// <param name="OutermostShare">How far in from the page's edge the outermost line of a page (its top or bottom line)
/// may stand and still be a running head or foot when it repeats (journals set their heads lower than the margin).</param>
/// <param name="MinHeadPart">A margin line this long (characters, spaces left out) or longer that is part of a running head
/// of other pages is part of the head too (a first page sets its head in two lines).</param>
/// <param name="MinLineNumbers">A page numbers its lines in the margin (a transcript's 1–25) where at least this many bare
/// numbers stand left of all its other text, counting down the page by one step.</param>
/// <param name="MaxLineNumberStep">… a step of at most this (every line, or every fifth).</param>
internal sealed record FurnitureOptions(double MarginShare = 0.08, double PageNumberShare = 0.14, double OutermostShare = 0.15, int MinHeadPart = 4,
    int MinLineNumbers = 5, int MaxLineNumberStep = 5)
{
    public static readonly FurnitureOptions Default = new();
}

/// <summary>
/// Stage 4: page furniture. Lines in the top or bottom margin that are page numbers ("— 3 —", "-3-", "第 3 页 共 19 页",
/// "Page 3 of 19", "3") or that repeat on several pages with only their digits changed (running headers and footers)
/// leave the text flow and are kept as a layer of the document.
/// </summary>
internal static partial class PageFurnitureDetector
{
    [GeneratedRegex(@"^([-—–~]{1,2}\s*\d{1,4}\s*[-—–~]{1,2}|\d{1,4}|第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|(Page|PAGE)\s+\d{1,4}(\s+of\s+\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static (List<PdfLine> Body, List<PageFurniture> Furniture) Separate(List<PdfLine> lines, IReadOnlyDictionary<int, double> pageHeights, FurnitureOptions options)
    {
        bool Within(PdfLine l, double share) => l.Baseline > pageHeights[l.Page] * (1 - share) || l.Baseline < pageHeights[l.Page] * share;
        var top = lines.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => (Max: g.Max(l => l.Baseline), Min: g.Min(l => l.Baseline)));
        // The top or bottom line of its page: a running head stands alone there, whatever the margin.
        bool Outermost(PdfLine l) => Within(l, options.OutermostShare)
                                     && (l.Baseline >= top[l.Page].Max - 2 || l.Baseline <= top[l.Page].Min + 2);
        bool InMargin(PdfLine l) => Within(l, options.MarginShare) || Outermost(l) && l.Text.Any(char.IsLetter);
        var repeated = lines.Where(InMargin).GroupBy(l => Digits().Replace(l.Text, "#"))
            .Where(g => g.Select(l => l.Page).Distinct().Count() >= 2).SelectMany(g => g).ToHashSet();
        // A first page sets its head differently (in two lines, other brackets): a line in its margin that is part of
        // the running head of other pages is part of the head too.
        var heads = repeated.Select(l => Folded(l.Text)).Where(h => h.Length >= options.MinHeadPart).ToHashSet();
        foreach (var line in lines.Where(l => Within(l, options.MarginShare) && !repeated.Contains(l)))
            if (Folded(line.Text) is { } part && part.Length >= options.MinHeadPart && heads.Any(h => h.Contains(part, StringComparison.Ordinal)))
                repeated.Add(line);
        // A bare number is a page number only where it runs with the pages (the same offset from the page's position on
        // two pages or more): a table's last figure at the foot of a page ("2020", "746") does not.
        bool single = lines.Select(l => l.Page).Distinct().Count() == 1;
        var numbered = lines.Where(l => (Outermost(l) || Within(l, options.PageNumberShare)) && BareNumber(l))
            .GroupBy(l => DecimalDigits.Value(l.Text.Trim()) - l.Page).Where(g => g.Select(l => l.Page).Distinct().Count() >= 2)
            .SelectMany(g => g).ToHashSet();
        var lineNumbers = MarginLineNumbers(lines, options);
        var body = new List<PdfLine>();
        var furniture = new List<PageFurniture>();
        foreach (var line in lines)
        {
            if (lineNumbers.Contains(line))
            {
                furniture.Add(new PageFurniture(FurnitureKind.LineNumber, line.Text.Trim(), SourceSpan.OnPage(line.Page, PdfCandidates.BoxOf([line]))));
                continue;
            }
            bool pageNumber = Within(line, options.PageNumberShare) && PageNumber().IsMatch(line.Text.Trim()) && (single || !BareNumber(line))
                              || numbered.Contains(line);
            if (!pageNumber && !repeated.Contains(line)) { body.Add(line); continue; }
            var kind = pageNumber ? FurnitureKind.PageNumber
                : line.Baseline > pageHeights[line.Page] / 2 ? FurnitureKind.Header : FurnitureKind.Footer;
            furniture.Add(new PageFurniture(kind, line.Text, SourceSpan.OnPage(line.Page, PdfCandidates.BoxOf([line]))));
        }
        return (body, furniture);
    }

    /// <summary>
    /// Line numbers down a page's margin (a court transcript's, a bill's): bare numbers standing left of all the page's
    /// other text, at least <see cref="FurnitureOptions.MinLineNumbers"/> of them, rising down the page by one step of up
    /// to <see cref="FurnitureOptions.MaxLineNumberStep"/>. A table's figures stand among other text, or do not count evenly.
    /// </summary>
    private static HashSet<PdfLine> MarginLineNumbers(List<PdfLine> lines, FurnitureOptions options)
    {
        var found = new HashSet<PdfLine>();
        foreach (var page in lines.GroupBy(l => l.Page))
        {
            var numbers = page.Where(BareNumber).ToList();
            if (numbers.Count < options.MinLineNumbers || numbers.Count == page.Count()) continue;
            double textLeft = page.Except(numbers).Min(l => l.Left);
            // The line's right edge may take in spaces drawn after the number: its ink is about half a size per digit.
            var margin = numbers.Where(l => l.Left + l.Text.Trim().Length * l.Size * 0.6 <= textLeft).OrderByDescending(l => l.Baseline).ToList();
            if (margin.Count < options.MinLineNumbers) continue;
            var values = margin.Select(l => int.Parse(l.Text.Trim())).ToList();
            int step = values[1] - values[0];
            if (step < 1 || step > options.MaxLineNumberStep || values.Zip(values.Skip(1)).Any(p => p.Second - p.First != step)) continue;
            found.UnionWith(margin);
        }
        return found;
    }

    /// <summary>A line's text compared as a part of a head: no whitespace, digits masked, compatibility forms folded (（） → ()).</summary>
    private static string Folded(string text) =>
        Digits().Replace(string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))), "#");

    private static bool BareNumber(PdfLine line) => line.Text.Trim() is { Length: > 0 and <= 4 } t && t.All(char.IsAsciiDigit);
}
