using System.Text.RegularExpressions;
using ReportPipeline.Model;
using ReportPipeline.Scripts;
using ReportPipeline.Structure;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of <see cref="PdfTitle"/>.</summary>
/// <param name="SizeRatio">The title is set at least this many times the body size.</param>
/// <param name="BylineReach">A byline read apart from the title stands at most this many title sizes under it.</param>
/// <param name="LineShare">A title set over lines of slightly different sizes: a line right above the largest, set at least
/// this share of its size, is the title's too.</param>
/// <param name="LineGap">Such a line stands at most this many title sizes above the next line of the title.</param>
/// <param name="RunningHeadShare">Text opening page 1 set under this share of the body size, above text at the body size,
/// is a running head or a label ("Official - Subject to Final Review"), not the title.</param>
/// <param name="LabelMaxLines">A paragraph of at most this many lines printed above the title on page 1, before any body
/// text, is a document label ("市六届人大四次会议文件（十）"): writers print it before the title block.</param>
internal sealed record PdfTitleOptions(double SizeRatio = 1.15, double BylineReach = 1.5, double LineShare = 0.8, double LineGap = 1.0,
    double RunningHeadShare = 0.9, int LabelMaxLines = 3)
{
    public static readonly PdfTitleOptions Default = new();
}

/// <summary>
/// The title of a PDF: the largest text on page 1 — not a bracketed tag ("[Table_Main]") nor a citation or DOI line —
/// and the author only from a byline right under it (names, no digits, no link). Used where text stands above the
/// title (a running head, a journal line); where the title opens the page, the shared title-block rule reads it.
/// </summary>
internal static partial class PdfTitle
{
    [GeneratedRegex(@"^\[[A-Za-z_0-9]+\]$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"doi|https?:|www\.|@|©|\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    /// <summary>
    /// The flow index of the title's first paragraph, of its largest (the title found) and of its byline, when the title
    /// does not open the flow or is set over paragraphs of different sizes (a cover's centred lines over a larger last line).
    /// </summary>
    public static (int First, int Title, int? Byline)? Find(List<PdfFlowItem> flow, double bodySize, PdfTitleOptions options)
    {
        var first = flow.Select((item, i) => (item, i)).Where(x => x.item is PdfParagraph { Page: 1, Lines.Count: > 0 } p && !Tag().IsMatch(p.Text.Trim())
                && !p.Text.Contains("doi", StringComparison.OrdinalIgnoreCase) && p.Text.Length <= 200
                && !ReportConventions.IsPartLabel(p.Text)) // "第一部分 预算报告" over the title names the volume's part, not the report
            .Select(x => (x.i, Paragraph: (PdfParagraph)x.item)).ToList();
        if (first.Count == 0) return null;
        var title = first.MaxBy(x => x.Paragraph.Lines!.Max(l => l.Size));
        double size = title.Paragraph.Lines!.Max(l => l.Size);
        if (size < bodySize * options.SizeRatio) return null;
        int start = title.i;
        while (start > 0 && flow[start - 1] is PdfParagraph { Page: 1, Lines: [_, ..] } above && !ReportConventions.IsPartLabel(above.Text)
               && IsTitleLineAbove(above, (PdfParagraph)flow[start], size, bodySize, options))
            start--;
        if (start == title.i && flow.Take(title.i).All(item => item is not PdfParagraph)) return null; // the title opens the flow
        int next = title.i + 1;
        int? byline = next < flow.Count && flow[next] is PdfParagraph { Page: 1 } b && IsByline(b.Text) ? next : Beside(flow, title.Paragraph, options);
        return (start, title.i, byline);
    }

    /// <summary>
    /// A paragraph right above the title that is the title's first line: set at display size, nearly the title's
    /// (<see cref="PdfTitleOptions.LineShare"/>), no further above it than <see cref="PdfTitleOptions.LineGap"/> title sizes.
    /// </summary>
    internal static bool IsTitleLineAbove(PdfParagraph above, PdfParagraph below, double titleSize, double bodySize, PdfTitleOptions options)
    {
        if (below.Lines is not [_, ..] || above.Lines!.Any(l => l.Page != 1) || Sentences.EndsSentence(above.Text.Trim())) return false; // a deck is no title
        if (above.Lines!.Min(l => l.Size) < Math.Max(titleSize * options.LineShare, bodySize * options.SizeRatio)) return false;
        double gap = above.Lines!.Min(l => l.Baseline) - below.Lines.Max(l => l.Baseline + l.Size);
        return gap >= -titleSize * 0.25 && gap <= titleSize * options.LineGap;
    }

    /// <summary>
    /// How many paragraphs open page 1 set smaller than the body (under <see cref="PdfTitleOptions.RunningHeadShare"/> of
    /// it), above a paragraph at the body size or larger: a running head or a label over the title block, never its title.
    /// </summary>
    public static int RunningHeads(List<PdfFlowItem> flow, double bodySize, PdfTitleOptions options)
    {
        int count = 0;
        while (count < flow.Count && flow[count] is PdfParagraph { Page: 1, Lines: [_, ..] } p && p.Lines.Max(l => l.Size) < bodySize * options.RunningHeadShare)
            count++;
        if (count == 0 || count >= flow.Count || flow[count] is not PdfParagraph { Page: 1, Lines: [_, ..] } next) return 0;
        double headBottom = flow.Take(count).Cast<PdfParagraph>().SelectMany(p => p.Lines!).Min(l => l.Baseline);
        return next.Lines.Max(l => l.Size) >= bodySize * options.RunningHeadShare && next.Lines.Max(l => l.Baseline) < headBottom ? count : 0;
    }

    /// <summary>
    /// Whether page 1 opens with body text and has no title: no text set larger than the body, and the first paragraph is
    /// longer than any heading (more than <paramref name="headingLines"/> lines).
    /// </summary>
    public static bool OpensWithBody(List<PdfFlowItem> flow, int headingLines) =>
        flow.FirstOrDefault(item => item is PdfParagraph) is PdfParagraph { Page: 1, Lines: { } lines } && lines.Count > headingLines;

    /// <summary>
    /// A byline set under the title block but read elsewhere in the flow (flush right under a centred occasion line, read
    /// after the columns): moved to stand after the title block's paragraphs above it, where the title-block rule reads it.
    /// The title is the largest text on page 1 at display size; the byline the first on page 1 within
    /// <see cref="PdfTitleOptions.BylineReach"/> title sizes under the last of those paragraphs.
    /// </summary>
    public static List<PdfFlowItem> WithBylineUnderTitle(List<PdfFlowItem> flow, double bodySize, PdfTitleOptions options)
    {
        var candidates = flow.Select((item, i) => (item, i)).Where(x => x.item is PdfParagraph { Page: 1, Lines: [_, ..] } p && !ReportConventions.IsPartLabel(p.Text)).ToList();
        if (candidates.Count == 0) return flow;
        var title = candidates.MaxBy(x => ((PdfParagraph)x.item).Lines!.Max(l => l.Size));
        var t = (PdfParagraph)title.item;
        double size = t.Lines!.Max(l => l.Size);
        if (size < bodySize * options.SizeRatio) return flow;
        // The title block so far: the title and what the flow reads right after it below it, with no more than a title size between.
        int end = title.i + 1;
        double bottom = t.Lines!.Min(l => l.Baseline);
        while (end < flow.Count && flow[end] is PdfParagraph { Page: 1, Lines: [_, ..] } p && p.Lines.Max(l => l.Baseline) < bottom
               && bottom - p.Lines.Max(l => l.Baseline + l.Size) <= size * options.LineGap && !TitleBlockRecognizer.IsByline(p.Text))
        {
            bottom = p.Lines.Min(l => l.Baseline);
            end++;
        }
        if (end < flow.Count && flow[end] is PdfParagraph { Page: 1 } inPlace && TitleBlockRecognizer.IsByline(inPlace.Text)) return flow;
        for (int i = end + 1; i < flow.Count; i++)
            if (flow[i] is PdfParagraph { Page: 1, Lines: [var first, ..] } p && first.Baseline < bottom && bottom - first.Baseline <= size * options.BylineReach
                && p.Lines.Count <= 2 && TitleBlockRecognizer.IsByline(p.Text))
                return [.. flow.Take(end), p, .. flow.Skip(end).Where((_, k) => k != i - end)];
        return flow;
    }

    /// <summary>
    /// A byline set right under the title but read in another column (flush right under a title set flush left): the
    /// first byline on page 1 whose top stands within <see cref="PdfTitleOptions.BylineReach"/> title sizes under the title.
    /// </summary>
    private static int? Beside(List<PdfFlowItem> flow, PdfParagraph title, PdfTitleOptions options)
    {
        double bottom = title.Lines!.Min(l => l.Baseline), size = title.Lines!.Max(l => l.Size);
        for (int i = 0; i < flow.Count; i++)
            if (flow[i] is PdfParagraph { Page: 1, Lines: [var first, ..] } p && p != title && first.Baseline < bottom
                && bottom - first.Baseline <= size * options.BylineReach && IsByline(p.Text))
                return i;
        return null;
    }

    /// <summary>
    /// Whether the title found below other text opens a report's title block: the paragraph after it names the
    /// occasion ("——2026年2月7日在…会议上"). What stands above such a title is a document label ("…会议文件十八").
    /// </summary>
    public static bool OpensOccasion(List<PdfFlowItem> flow, int title) =>
        title + 1 < flow.Count && flow[title + 1] is PdfParagraph { Page: 1 } next && next.Text.TrimStart() is [var dash, ..] && dash is '—' or '―' or '–' or '─';

    /// <summary>A line of names: short, no digits or links, names parted by commas, "and", spaces or 、 (a Chinese name
    /// opens with a surname: "投资要点" under a title is a section label, no author), or of issuing agencies (Chinese or Korean).</summary>
    public static bool IsByline(string text)
    {
        string t = text.Trim().TrimEnd('*', '†', '‡');
        if (t.Length is 0 or > 80 || NotAName().IsMatch(t) || Sentences.EndsSentence(t) || t.Any(char.IsDigit)) return false;
        var names = Regex.Split(t, @"\s*(?:,|，|、|;|\band\b|\s{1,})\s*").Where(n => n.Length > 0).ToList();
        // An issuing agency under the title ("某市财政局", "某市统计局 国家统计局某调查队") is the author as much as a name.
        if (TitleBlockRecognizer.IsOrganisations(t)) return true;
        if (CjkText.IsMainlyChinese(t)) return names.Count >= 1 && names.All(ChineseNames.IsName);
        return names.Count >= 2 && names.All(n => char.IsUpper(n[0]) || n.Length <= 3);
    }

    [GeneratedRegex(@"^(?:证券分析师|首席分析师|分析师|研究员|作者|记者|撰稿|执笔|Analysts?|Authors?)\s*[：:]?\s*(?<name>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleLabel();

    /// <summary>
    /// The author where no byline stands under the title: on page 1, a line naming the author's role ("分析师", "作者",
    /// "Analyst") with the name after it on the line or on the next line ("证券分析师" / "张三"); the first such name.
    /// </summary>
    public static string? NamedAuthor(List<PdfFlowItem> flow)
    {
        var lines = flow.OfType<PdfParagraph>().Where(p => p.Page == 1).Select(p => p.Text.Trim()).ToList();
        for (int i = 0; i < lines.Count; i++)
        {
            if (RoleLabel().Match(lines[i]) is not { Success: true } m) continue;
            string name = m.Groups["name"].Value.Trim();
            if (name.Length == 0 && i + 1 < lines.Count) name = lines[i + 1];
            if (name.Length > 0 && IsByline(name) || ChineseNames.IsName(name)) return name;
        }
        return null;
    }

    /// <summary>The title block: title (its paragraphs joined) and byline as plain text, without the note markers set raised in them.</summary>
    public static Metadata Metadata(IReadOnlyList<PdfParagraph> title, PdfParagraph? byline) =>
        new(title.Select(Unmarked).Aggregate(JoinTitleLines), null, byline is null ? null : Names(Unmarked(byline).TrimEnd('*', '∗', '†', '‡').TrimEnd()),
            TitleBlockRecognizer.FindDate([.. title.Select(t => t.Text), byline?.Text ?? ""]), "");

    /// <summary>Title lines joined as text is, except that Korean, written with word spaces, keeps a space at each line's end.</summary>
    internal static string JoinTitleLines(string above, string below) =>
        above.Length > 0 && below.Length > 0 && ScriptDetector.IsHangul(above[^1]) && ScriptDetector.IsHangul(below[0]) ? above.TrimEnd() + " " + below.TrimStart() : CjkText.JoinFragments(above, below);

    /// <summary>A name set letter-spaced, one Hangul syllable or Han character apart ("김 창 호"), is written close.</summary>
    internal static string Names(string byline) =>
        byline.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 4 } parts
        && parts.All(p => p.Length == 1 && (CjkText.IsHan(p[0]) || ScriptDetector.IsHangul(p[0])))
            ? string.Concat(parts) : byline;

    private static string Unmarked(PdfParagraph paragraph)
    {
        var text = PdfStyledText.Join(paragraph.Lines ?? [], paragraph.Hyphenated).WithoutStraySpaces();
        return string.Concat(text.Text.Where((c, i) => !text.Styles[i].HasFlag(PdfCharStyle.Raised) && !FootnoteMarkers.IsSuperscriptDigit(c))).Trim();
    }
}
