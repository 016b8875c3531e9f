using System.Text.RegularExpressions;
using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of <see cref="PageFurnitureDetector"/>: how much of the page top and bottom are margins.</summary>
/// <param name="MarginShare">Where running headers and footers stand.</param>
/// <param name="PageNumberShare">Where a line that is only a page number counts as one (footers sit higher in official documents).</param>
internal sealed record FurnitureOptions(double MarginShare = 0.08, double PageNumberShare = 0.14)
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
    [GeneratedRegex(@"^([-—–~]\s*\d{1,4}\s*[-—–~]|\d{1,4}|第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|(Page|PAGE)\s+\d{1,4}(\s+of\s+\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static (List<PdfLine> Body, List<PageFurniture> Furniture) Separate(List<PdfLine> lines, IReadOnlyDictionary<int, double> pageHeights, FurnitureOptions options)
    {
        bool Within(PdfLine l, double share) => l.Baseline > pageHeights[l.Page] * (1 - share) || l.Baseline < pageHeights[l.Page] * share;
        bool InMargin(PdfLine l) => Within(l, options.MarginShare);
        var repeated = lines.Where(InMargin).GroupBy(l => Digits().Replace(l.Text, "#"))
            .Where(g => g.Select(l => l.Page).Distinct().Count() >= 2).SelectMany(g => g).ToHashSet();
        var body = new List<PdfLine>();
        var furniture = new List<PageFurniture>();
        foreach (var line in lines)
        {
            bool pageNumber = Within(line, options.PageNumberShare) && PageNumber().IsMatch(line.Text.Trim());
            if (!pageNumber && !repeated.Contains(line)) { body.Add(line); continue; }
            var kind = pageNumber ? FurnitureKind.PageNumber
                : line.Baseline > pageHeights[line.Page] / 2 ? FurnitureKind.Header : FurnitureKind.Footer;
            furniture.Add(new PageFurniture(kind, line.Text, SourceSpan.OnPage(line.Page, PdfCandidates.BoxOf([line]))));
        }
        return (body, furniture);
    }
}
