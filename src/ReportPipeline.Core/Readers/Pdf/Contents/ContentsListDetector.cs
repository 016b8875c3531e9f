using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 3b: a contents list on a page. Rows ending in a page number ("第一章 总则 ........ 3", "1.2 Scope 7", roman
/// numbers too), with dot leaders or under a "目录"/"Contents" title, their numbers running forward, are the document's
/// own contents list: it is left out of the body and the outline (the writers make their own contents) with a note
/// saying where it was. An entry whose title wraps keeps its wrapped rows.
/// </summary>
internal static class ContentsListDetector
{
    /// <summary>An entry's parts: whether dot leaders run to its page number, the page number as printed, and whether
    /// the row holds a letter before them (the last row of a wrapped entry may hold only the title's tail, "2124853)").</summary>
    internal sealed record Entry(bool Leader, string Page, bool Titled = true);

    private const string Leaders = ".．·•…‥⋯_";

    /// <summary>
    /// A row ending in a page number (arabic, or roman in one case) that stands apart from its title (after a space or
    /// leaders), with a letter in the title. Read from the end, in one pass: rows are many and most are body text.
    /// </summary>
    internal static Entry? EntryOf(string row)
    {
        int end = row.Length;
        while (end > 0 && char.IsWhiteSpace(row[end - 1])) end--;
        int start = end;
        while (start > 0 && char.IsAsciiDigit(row[start - 1])) start--;
        if (start == end)
        {
            while (start > 0 && "ivxlcdm".Contains(row[start - 1])) start--;
            if (start == end) while (start > 0 && "IVXLCDM".Contains(row[start - 1])) start--;
        }
        int length = end - start;
        if (length == 0 || length > (char.IsAsciiDigit(row[start]) ? 4 : 7) || start == 0) return null;
        char before = row[start - 1];
        if (!char.IsWhiteSpace(before) && !Leaders.Contains(before)) return null;
        int title = start, dots = 0;
        while (title > 0 && (char.IsWhiteSpace(row[title - 1]) || Leaders.Contains(row[title - 1])))
            if (!char.IsWhiteSpace(row[--title])) dots++;
        for (int i = 0; i < title; i++)
            if (char.IsLetter(row[i])) return new Entry(dots >= 3, row[start..end]);
        return dots >= 3 ? new Entry(true, row[start..end], Titled: false) : null;
    }

    /// <summary>
    /// The entries of the rows: a row without a letter before its leaders ends an entry only as the last row of a wrapped
    /// title, under a row of words that is no entry itself; elsewhere it is a row of figures, no entry.
    /// </summary>
    internal static List<Entry?> Entries(IReadOnlyList<string> rows)
    {
        var entries = rows.Select(EntryOf).ToList();
        for (int i = 0; i < entries.Count; i++)
            if (entries[i] is { Titled: false } && !(i > 0 && entries[i - 1] is null && rows[i - 1].Any(char.IsLetter)))
                entries[i] = null;
        return entries;
    }

    public static List<PdfLine> Remove(List<PdfLine> lines, int page, PdfContentsOptions options, List<Diagnostic> notes)
    {
        var rows = Rows(lines);
        var entries = Entries(rows.Select(Text).ToList());
        var removed = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
        int i = 0;
        while (i < rows.Count)
        {
            if (entries[i] is null) { i++; continue; }
            // A run of entries, with at most a few wrapped rows between them.
            int first = i, last = i, count = 1, gap = 0;
            for (int j = i + 1; j < rows.Count; j++)
            {
                if (entries[j] is null) { if (++gap > options.MaxWrappedRows) break; continue; }
                (last, count, gap) = (j, count + 1, 0);
            }
            var run = Enumerable.Range(first, last - first + 1).Where(k => entries[k] is not null).Select(k => entries[k]!).ToList();
            int title = first > 0 && ContentsTitle.Matches(Text(rows[first - 1])) ? first - 1 : -1;
            bool leaders = run.Count(e => e.Leader) >= run.Count * options.LeaderShare;
            if (count >= options.MinEntries && (leaders || title >= 0) && Ordered(run, options.OrderedShare))
            {
                int from = title >= 0 ? title : first;
                var block = rows.Skip(from).Take(last - from + 1).SelectMany(r => r).ToList();
                foreach (var line in block) removed.Add(line);
                notes.Add(new Diagnostic(DiagnosticSeverity.Info, "pdf-contents-list",
                    $"a contents list of {count} entries on page {page} (\"{Shorten(Text(rows[first]))}\" …) is the document's own; it is left out of the body and the outline",
                    SourceSpan.OnPage(page, PdfCandidates.BoxOf(block))));
            }
            i = last + 1;
        }
        return removed.Count == 0 ? lines : lines.Where(l => !removed.Contains(l)).ToList();
    }

    /// <summary>Page numbers (arabic or roman) mostly running forward: a list of figures in a table runs any way.</summary>
    private static bool Ordered(List<Entry> run, double share)
    {
        var numbers = run.Select(e => PageNumber(e.Page)).ToList();
        if (numbers.Count < 2) return true;
        int forward = numbers.Zip(numbers.Skip(1)).Count(p => p.Second >= p.First);
        return forward >= (numbers.Count - 1) * share;
    }

    private static int PageNumber(string s) =>
        int.TryParse(s, out int n) ? n : s.ToLowerInvariant().Aggregate((Total: 0, Last: 0), (acc, c) =>
        {
            int v = c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, 'd' => 500, _ => 1000 };
            return (acc.Total + (v > acc.Last ? v - 2 * acc.Last : v), v);
        }).Total;

    /// <summary>The page's lines as rows: segments on one baseline (within a third of their size), left to right.</summary>
    private static List<List<PdfLine>> Rows(List<PdfLine> lines)
    {
        var rows = new List<List<PdfLine>>();
        foreach (var line in lines.OrderByDescending(l => l.Baseline))
        {
            if (rows.Count > 0 && Math.Abs(rows[^1][0].Baseline - line.Baseline) < Math.Max(1, line.Size * 0.3)) rows[^1].Add(line);
            else rows.Add([line]);
        }
        foreach (var row in rows) row.Sort((a, b) => a.Left.CompareTo(b.Left));
        return rows;
    }

    private static string Text(List<PdfLine> row) => string.Join(" ", row.Select(l => l.Text.Trim())).Trim();

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
