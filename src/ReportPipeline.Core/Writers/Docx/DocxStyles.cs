using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// The parts of the Word file every house style shares, as WordprocessingML: settings, page-number footers, the
/// footnote separators and list numbering. Kept as XML so they read like the Word files they produce.
/// </summary>
internal static class DocxStyles
{
    public const string Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Body text in a Latin script inside a CJK report: no first-line indent, ragged right, English proofing.</summary>
    public const string LatinBodyStyle = "BodyTextLatin";

    /// <summary>A document label printed above the title ("市六届人大四次会议文件（十）"): flush left, before the title block.</summary>
    public const string DocumentLabelStyle = "DocumentLabel";

    /// <summary>
    /// Settings; the language goes in through the SDK as an attribute value, never pasted into XML text.
    /// </summary>
    /// <param name="evenAndOddFooters">Odd and even pages have their own footers (w:evenAndOddHeaders).</param>
    public static Settings Settings(string language, bool evenAndOddFooters)
    {
        var settings = new Settings($"""
            <w:settings xmlns:w="{Ns}">
              <w:defaultTabStop w:val="420"/>{(evenAndOddFooters ? "<w:evenAndOddHeaders/>" : "")}
              <w:characterSpacingControl w:val="compressPunctuation"/>
              <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
              <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
            </w:settings>
            """);
        settings.Append(new ThemeFontLanguages { Val = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "en-US" : language, EastAsia = "zh-CN" });
        return settings;
    }

    /// <summary>A footer holding the page number between <paramref name="before"/> and <paramref name="after"/>, placed by <paramref name="pPr"/>.</summary>
    public static string PageNumberFooter(string pPr, string before, string after)
    {
        static string Text(string text) => text.Length == 0 ? "" : $"""<w:r><w:t xml:space="preserve">{text}</w:t></w:r>""";
        return $"""
            <w:ftr xmlns:w="{Ns}"><w:p><w:pPr><w:pStyle w:val="Footer"/>{pPr}</w:pPr>{Text(before)}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>{Text(after)}</w:p></w:ftr>
            """;
    }

    public static string SeparatorFootnotes => $"""
        <w:footnotes xmlns:w="{Ns}">
          <w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
          <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
        </w:footnotes>
        """;

    /// <summary>Bullets, and one decimal list definition; each ordered list gets its own instance so it restarts at 1.</summary>
    public static string Numbering(int orderedLists)
    {
        string Level(string format, string text) => $"""<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>""";
        var instances = string.Concat(Enumerable.Range(0, orderedLists).Select(i =>
            $"""<w:num w:numId="{i + 2}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"""));
        return $"""
            <w:numbering xmlns:w="{Ns}">
              <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>{Level("bullet", "•")}</w:abstractNum>
              <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>{Level("decimal", "%1.")}</w:abstractNum>
              <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>{instances}
            </w:numbering>
            """;
    }
}
