namespace ReportPipeline.Writers.Docx;

/// <summary>
/// The static parts of the Word file as WordprocessingML: styles (Title, Subtitle, Heading 1–6 with outline
/// levels, footnote text and reference, caption, table grid), settings and the page-number footer. Kept as XML
/// so they read like the Word files they produce.
/// </summary>
internal static class DocxStyles
{
    public const string Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Body text in a Latin script inside a CJK report: no first-line indent, ragged right, English proofing.</summary>
    public const string LatinBodyStyle = "BodyTextLatin";

    public static string Styles(string language)
    {
        bool zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        string body = zh ? "宋体" : "Times New Roman", heading = zh ? "黑体" : "Arial", kai = zh ? "楷体" : "Times New Roman";
        string indent = zh ? """<w:ind w:firstLineChars="200" w:firstLine="480"/>""" : "";
        string HeadingStyle(int level, string font, int halfPoints) => $"""
            <w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
              <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:outlineLvl w:val="{level - 1}"/></w:pPr>
              <w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="{font}" w:hAnsi="Arial"/><w:b/><w:bCs/><w:sz w:val="{halfPoints}"/><w:szCs w:val="{halfPoints}"/></w:rPr></w:style>
            """;
        return $"""
            <w:styles xmlns:w="{Ns}">
              <w:docDefaults>
                <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="{body}" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>{indent}</w:pPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="{LatinBodyStyle}"><w:name w:val="Body Text Latin"/><w:basedOn w:val="BodyText"/><w:qFormat/><w:pPr><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:lang w:val="en-US"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:qFormat/>
                <w:pPr><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr>
                <w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="{heading}" w:hAnsi="Arial"/><w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:after="120"/><w:jc w:val="center"/></w:pPr>
                <w:rPr><w:rFonts w:eastAsia="{kai}"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="Author"><w:name w:val="Author"/><w:basedOn w:val="Subtitle"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:after="360"/></w:pPr></w:style>
            {HeadingStyle(1, heading, 32)}
            {HeadingStyle(2, kai, 28)}
            {HeadingStyle(3, body, 26)}
            {HeadingStyle(4, body, 24)}
            {HeadingStyle(5, body, 24)}
            {HeadingStyle(6, body, 24)}
              <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="{heading}"/><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="TableText"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
                <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
              <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:uiPriority w:val="99"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
              <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
                <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
            </w:styles>
            """;
    }

    public static string Settings(string language) => $"""
        <w:settings xmlns:w="{Ns}">
          <w:defaultTabStop w:val="420"/>
          <w:characterSpacingControl w:val="compressPunctuation"/>
          <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
          <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
          <w:themeFontLang w:val="{(language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "en-US" : language)}" w:eastAsia="zh-CN"/>
        </w:settings>
        """;

    /// <summary>A centred page number: "— 3 —" in Chinese reports, "3" otherwise.</summary>
    public static string Footer(string language)
    {
        bool zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        string before = zh ? """<w:r><w:t xml:space="preserve">— </w:t></w:r>""" : "";
        string after = zh ? """<w:r><w:t xml:space="preserve"> —</w:t></w:r>""" : "";
        return $"""
            <w:ftr xmlns:w="{Ns}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{before}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>{after}</w:p></w:ftr>
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
