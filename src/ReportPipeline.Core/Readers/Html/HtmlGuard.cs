using ReportPipeline.Decoding;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// Checks a page's nesting before AngleSharp builds it: its tree builder slows to about a millisecond per level
/// when thousands of elements are open (200,000 nested divs took minutes). The scan counts open elements whose
/// end tag is required (void elements and those whose end tag may be left out, such as p, li and td, are not
/// counted), skipping comments and the raw text of script and style, and refuses a page deeper than
/// <see cref="Budgets.MaxNestingDepth"/>, or nesting tables deeper than <see cref="Budgets.MaxTableNestingDepth"/>.
/// </summary>
internal static class HtmlGuard
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "rtc", "html", "head", "body", "!doctype",
    };

    public static void CheckNesting(string html, Budgets budgets)
    {
        int depth = 0, tables = 0;
        for (int i = html.IndexOf('<'); i >= 0 && i < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) return;
                i = end;
                continue;
            }
            bool closing = i + 1 < html.Length && html[i + 1] == '/';
            int start = i + (closing ? 2 : 1), stop = start;
            while (stop < html.Length && (char.IsAsciiLetterOrDigit(html[stop]) || html[stop] is '-' or ':' or '!')) stop++;
            if (stop == start) continue;
            string name = html[start..stop];
            if (Uncounted.Contains(name)) continue;
            bool table = name.Equals("table", StringComparison.OrdinalIgnoreCase);
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                if (table) tables = Math.Max(0, tables - 1);
                continue;
            }
            int close = html.IndexOf('>', stop);
            if (close < 0) return;
            if (html[close - 1] == '/') continue;
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                int end = html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                if (end < 0) return;
                i = end;
                continue;
            }
            if (++depth > budgets.MaxNestingDepth)
                throw Budgets.Exceeded($"the page nests more than {budgets.MaxNestingDepth} elements", nameof(budgets.MaxNestingDepth), budgets.MaxNestingDepth);
            if (table && ++tables > budgets.MaxTableNestingDepth)
                throw Budgets.Exceeded($"the page nests tables more than {budgets.MaxTableNestingDepth} deep", nameof(budgets.MaxTableNestingDepth), budgets.MaxTableNestingDepth);
        }
    }
}
