using static ReportPipeline.Writers.Docx.DocxFonts;
using static ReportPipeline.Writers.Docx.DocxStyleXml;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// The layout of Chinese official documents (GB/T 9704-2012): 仿宋_GB2312 三号 body on the page's 22 × 28 grid with
/// a two-character first-line indent; title 方正小标宋简体 二号 centred; 一、 黑体, （一） 楷体_GB2312, 1. 仿宋 bold,
/// （1） 仿宋, all 三号 and not bold unless stated; notes 仿宋 小四; digits and Latin letters in Times New Roman.
/// Heading N gives the outline depth; the numbering scheme's character style (<see cref="SchemeStyles"/>) gives the
/// face, so "（一）" is 楷体 whether it sits at depth 2 or 3.
/// </summary>
internal static class GongwenStyles
{
    private const double SanHao = 16, ErHao = 22, SiHao = 14, XiaoSi = 12;
    private const string Indent = """<w:ind w:firstLineChars="200" w:firstLine="640"/>""";
    private const string NoIndent = """<w:ind w:firstLineChars="0" w:firstLine="0"/>""";
    private const string Tight = """<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>""";

    /// <summary>The face of a heading at each depth when its label is of no known scheme.</summary>
    private static readonly (string Font, bool Bold)[] ByDepth =
        [(HeiTi, false), (KaiTi, false), (FangSong, true), (FangSong, false), (FangSong, false), (FangSong, false)];

    public static string Styles()
    {
        var headings = string.Concat(ByDepth.Select((face, i) => Paragraph($"Heading{i + 1}", $"heading {i + 1}", $"标题 {i + 1}", "Normal", "BodyText",
            $"<w:keepNext/><w:keepLines/>{Indent}<w:outlineLvl w:val=\"{i}\"/>", Fonts(face.Font) + Bold(face.Bold) + Size(SanHao), uiPriority: 9)));
        var schemes = string.Concat(SchemeStyles.All.Select(s =>
            Character(s.Id, s.Name, s.Alias, Fonts(s.Font) + Bold(s.Bold) + Size(SanHao))));
        return $"""
            <w:styles xmlns:w="{DocxStyles.Ns}">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>{Fonts(FangSong)}<w:spacing w:val="{DocxPage.Gongwen.CharacterSpacing}"/>{Size(SanHao)}<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
            {Paragraph("Normal", "Normal", "正文", null, null, """<w:jc w:val="both"/>""", "", isDefault: true)}
            {Paragraph("BodyText", "Body Text", "正文文本", "Normal", null, Indent, "")}
            {Paragraph("Salutation", "Salutation", "称呼", "Normal", "BodyText", NoIndent, "")}
            {Paragraph(DocxStyles.LatinBodyStyle, "Body Text Latin", "正文文本（西文）", "BodyText", null, NoIndent + """<w:jc w:val="left"/>""", """<w:lang w:val="en-US"/>""", custom: true)}
            {Paragraph(DocxStyles.DocumentLabelStyle, "Document Label", "文件标识", "Normal", "Title", """<w:spacing w:after="579"/>""" + NoIndent + """<w:jc w:val="left"/>""", Fonts(HeiTi) + Size(SanHao), custom: true)}
            {Paragraph("Title", "Title", "标题", "Normal", "Subtitle", """<w:jc w:val="center"/><w:outlineLvl w:val="9"/>""", Fonts(XiaoBiaoSong) + Bold(false) + Size(ErHao))}
            {Paragraph("Subtitle", "Subtitle", "副标题", "Normal", "Normal", """<w:jc w:val="center"/>""", Fonts(KaiTi) + Size(SanHao))}
            {Paragraph("Author", "Author", "署名", "Subtitle", "Normal", """<w:spacing w:after="579"/>""", "", custom: true)}
            {headings}{schemes}
            {Paragraph("Caption", "caption", "题注", "Normal", "Normal", """<w:keepNext/><w:keepLines/><w:jc w:val="center"/>""", Fonts(HeiTi) + Bold(false) + Size(SanHao))}
            {Paragraph("ListParagraph", "List Paragraph", "列表段落", "Normal", null, """<w:ind w:left="640" w:firstLineChars="0" w:firstLine="0"/>""", "")}
            {Paragraph("TableText", "Table Text", "表格文字", "Normal", null, Tight + """<w:jc w:val="center"/>""", Size(XiaoSi), custom: true)}
            {Paragraph("TableHeading", "Table Heading", "表头", "TableText", null, "<w:keepNext/>", Fonts(HeiTi) + Size(XiaoSi), custom: true)}
            {Paragraph("FootnoteText", "footnote text", "脚注文本", "Normal", null, Tight, Fonts(FangSong) + Size(XiaoSi), uiPriority: 99)}
            {Character("FootnoteReference", "footnote reference", "脚注引用", """<w:vertAlign w:val="superscript"/>""", custom: false, uiPriority: 99)}
            {Paragraph("Footer", "footer", "页脚", "Normal", null, Tight, Fonts(SongTi, SongTi) + Size(SiHao), uiPriority: 99)}
            {TableStyles}
            </w:styles>
            """;
    }

    /// <summary>
    /// Page numbers "— N —" in 宋体 四号 at the outer edge, one character in: right on odd pages, left on even ones
    /// (settings carry w:evenAndOddHeaders so Word uses both).
    /// </summary>
    public static string Footer(bool even) =>
        DocxStyles.PageNumberFooter(even ? """<w:ind w:left="280" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/>"""
                                         : """<w:ind w:right="280" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/>""", "— ", " —");
}
