using System.Text;
using System.Text.RegularExpressions;

namespace ReportPipeline.Writers.Html;

/// <summary>
/// Keeps a number with its unit on one line ("3545.13 亿元", "21666 人", "2025 年") by wrapping the pair in a
/// <c>span class="nu"</c> the stylesheet sets nowrap. The text itself is unchanged: no character is added or removed.
/// </summary>
internal static partial class NumbersWithUnits
{
    /// <summary>A number, an optional space, then a Chinese unit: an optional magnitude (亿, 万…) and a measure word, or a magnitude alone.</summary>
    [GeneratedRegex(@"\d[\d,.]*[ \u00A0]?(?:[亿万千百]?[元人个家户项件所座条台辆吨米亩倍岁天年月日次张套批座名位例处场公里千瓦时]|[亿万千百])")]
    private static partial Regex NumberAndUnit();

    public static void Append(StringBuilder html, string text)
    {
        int at = 0;
        foreach (Match m in NumberAndUnit().Matches(text))
        {
            html.Append(HtmlReportWriter.E(text[at..m.Index]));
            html.Append("<span class=\"nu\">").Append(HtmlReportWriter.E(m.Value)).Append("</span>");
            at = m.Index + m.Length;
        }
        html.Append(HtmlReportWriter.E(text[at..]));
    }
}
