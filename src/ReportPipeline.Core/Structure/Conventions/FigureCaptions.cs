using System.Text.RegularExpressions;

namespace ReportPipeline.Structure.Conventions;

public static partial class ReportConventions
{
    // A figure's label: the word (图, 圖, 图表, 그림, Figure, Fig., Chart, Exhibit), its number ("1", "2.3", "4-5", "三"),
    // maybe in brackets ("[그림 4-5]", "【图1】"); a Latin number may carry a letter prefix ("Figure SA3", "Fig. S2"). In Latin text the number is followed by a stop or a colon ("Fig. 2.",
    // "Figure 3:"), since a sentence may open with "Figure 2 shows", or by a bracket ending the line ("Figure 14 (data
    // until 2 July 2010)"); a CJK label may be followed by its title directly.
    [GeneratedRegex(@"^\s*[\[【〔(（]?\s*(?:(?:图表|圖表|图|圖|그림)\s*[0-9０-９一二三四五六七八九十]+(?:[-.．—–‐_][0-9０-９]+)*\s*[\]】〕)）]?(?:$|[\s:：.．、\p{L}\p{N}(（]|\p{P})|(?:Figure|FIGURE|Fig\.|FIG\.|Chart|CHART|Exhibit|EXHIBIT)\s*[A-Z]{0,3}[0-9]+(?:[-.][0-9]+)*[a-z]?\s*[\]】)]?\s*(?:[.:：|—–]|$|\([^()]*\)\s*$))")]
    private static partial Regex FigureCaptionStart();

    /// <summary>
    /// A line that opens a figure's caption: "图1 …", "图 2-3：…", "[그림 4-5] …", "Figure 2: …", "Fig. 3. …". A table's
    /// caption ("表1", "Table 1") is not a figure's.
    /// </summary>
    public static bool IsFigureCaption(string text) => text.Length <= 400 && FigureCaptionStart().IsMatch(text);

    [GeneratedRegex(@"^\s*[\[【〔(（]?\s*(?:表|表格|표|Table|TABLE|Tab\.)\s*[0-9０-９一二三四五六七八九十]")]
    private static partial Regex TableCaptionStart();

    /// <summary>A line that opens a table's caption: "表1 …", "[표 4-1] …", "Table 2. …".</summary>
    public static bool IsTableCaption(string text) => TableCaptionStart().IsMatch(text);
}
