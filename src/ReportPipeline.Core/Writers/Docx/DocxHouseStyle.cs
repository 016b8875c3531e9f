namespace ReportPipeline.Writers.Docx;

/// <summary>
/// What a Word file looks like before any reference document: its page and grid, its styles, and its page-number
/// footers (one for every page, or an odd and an even one), and the size of table text (which sizes columns). Chinese reports take the official-document layout,
/// others the English house style.
/// </summary>
internal sealed record DocxHouseStyle(string Name, DocxPage Page, Func<string> Styles, string OddFooter, string? EvenFooter, bool UsesSchemeStyles,
    int TableHalfPoints)
{
    public static readonly DocxHouseStyle Gongwen = new("gongwen", DocxPage.Gongwen, GongwenStyles.Styles,
        GongwenStyles.Footer(even: false), GongwenStyles.Footer(even: true), UsesSchemeStyles: true, TableHalfPoints: 24);

    public static readonly DocxHouseStyle Plain = new("plain", DocxPage.Plain, PlainStyles.Styles, PlainStyles.Footer(), null, UsesSchemeStyles: false, TableHalfPoints: 21);

    public static DocxHouseStyle For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Gongwen : Plain;
}
