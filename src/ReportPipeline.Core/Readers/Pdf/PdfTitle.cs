using System.Text.RegularExpressions;
using ReportPipeline.Model;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of <see cref="PdfTitle"/>.</summary>
/// <param name="SizeRatio">The title is set at least this many times the body size.</param>
/// <param name="BylineReach">A byline read apart from the title stands at most this many title sizes under it.</param>
internal sealed record PdfTitleOptions(double SizeRatio = 1.15, double BylineReach = 1.5)
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

    /// <summary>The flow index of the title and of its byline, when the title does not open the flow.</summary>
    public static (int Title, int? Byline)? Find(List<PdfFlowItem> flow, double bodySize, PdfTitleOptions options)
    {
        var first = flow.Select((item, i) => (item, i)).Where(x => x.item is PdfParagraph { Page: 1, Lines.Count: > 0 } p && !Tag().IsMatch(p.Text.Trim())
                && !p.Text.Contains("doi", StringComparison.OrdinalIgnoreCase) && p.Text.Length <= 200)
            .Select(x => (x.i, Paragraph: (PdfParagraph)x.item)).ToList();
        if (first.Count == 0) return null;
        var title = first.MaxBy(x => x.Paragraph.Lines!.Max(l => l.Size));
        if (title.Paragraph.Lines!.Max(l => l.Size) < bodySize * options.SizeRatio) return null;
        if (flow.Take(title.i).All(item => item is not PdfParagraph)) return null; // the title opens the flow
        int next = title.i + 1;
        int? byline = next < flow.Count && flow[next] is PdfParagraph { Page: 1 } b && IsByline(b.Text) ? next : Beside(flow, title.Paragraph, options);
        return (title.i, byline);
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
        title + 1 < flow.Count && flow[title + 1] is PdfParagraph { Page: 1 } next && next.Text.TrimStart() is [var dash, ..] && dash is '—' or '―' or '–';

    /// <summary>A line of names: short, no digits or links, names parted by commas, "and", spaces or 、 (a Chinese name
    /// opens with a surname: "投资要点" under a title is a section label, no author).</summary>
    public static bool IsByline(string text)
    {
        string t = text.Trim().TrimEnd('*', '†', '‡');
        if (t.Length is 0 or > 80 || NotAName().IsMatch(t) || Sentences.EndsSentence(t) || t.Any(char.IsDigit)) return false;
        var names = Regex.Split(t, @"\s*(?:,|，|、|;|\band\b|\s{1,})\s*").Where(n => n.Length > 0).ToList();
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

    /// <summary>The title block: title and byline as plain text, without the note markers set raised in them.</summary>
    public static Metadata Metadata(PdfParagraph title, PdfParagraph? byline) =>
        new(Unmarked(title), null, byline is null ? null : Names(Unmarked(byline).TrimEnd('*', '∗', '†', '‡').TrimEnd()),
            TitleBlockRecognizer.FindDate([title.Text, byline?.Text ?? ""]), "");

    /// <summary>A name set letter-spaced, one Hangul syllable or Han character apart ("김 창 호"), is written close.</summary>
    internal static string Names(string byline) =>
        byline.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 4 } parts
        && parts.All(p => p.Length == 1 && (CjkText.IsHan(p[0]) || Scripts.ScriptDetector.ScriptOf(p[0]) == Scripts.Script.Hangul))
            ? string.Concat(parts) : byline;

    private static string Unmarked(PdfParagraph paragraph)
    {
        var text = PdfStyledText.Join(paragraph.Lines ?? [], paragraph.Hyphenated).WithoutStraySpaces();
        return string.Concat(text.Text.Where((c, i) => !text.Styles[i].HasFlag(PdfCharStyle.Raised) && !FootnoteMarkers.IsSuperscriptDigit(c))).Trim();
    }
}
