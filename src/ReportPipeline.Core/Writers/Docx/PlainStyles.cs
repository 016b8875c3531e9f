using static ReportPipeline.Writers.Docx.DocxFonts;
using static ReportPipeline.Writers.Docx.DocxStyleXml;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// The English house style: Times New Roman 12 pt body at 1.15 lines with 6 pt after each paragraph, bold headings
/// from 16 pt down, a centred 18 pt title, 10 pt notes, a centred page number. East Asian text falls back to 宋体.
/// </summary>
internal static class PlainStyles
{
    private static readonly (double Size, bool Bold, bool Italic)[] ByDepth =
        [(16, true, false), (14, true, false), (12, true, false), (12, true, true), (12, false, true), (12, false, true)];

    private const string Tight = """<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>""";

    public static string Styles()
    {
        var headings = string.Concat(ByDepth.Select((h, i) => Paragraph($"Heading{i + 1}", $"heading {i + 1}", $"标题 {i + 1}", "Normal", "BodyText",
            $"<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"{i}\"/>",
            Fonts(SongTi) + Bold(h.Bold) + (h.Italic ? "<w:i/><w:iCs/>" : "") + Size(h.Size), uiPriority: 9)));
        return $"""
            <w:styles xmlns:w="{DocxStyles.Ns}">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>{Fonts(SongTi)}{Size(12)}<w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
            {Paragraph("Normal", "Normal", "正文", null, null, "", "", isDefault: true)}
            {Paragraph("BodyText", "Body Text", "正文文本", "Normal", null, "", "")}
            {Paragraph("Salutation", "Salutation", "称呼", "Normal", "BodyText", "", "")}
            {Paragraph(DocxStyles.LatinBodyStyle, "Body Text Latin", "正文文本（西文）", "BodyText", null, """<w:jc w:val="left"/>""", """<w:lang w:val="en-US"/>""", custom: true)}
            {Paragraph(DocxStyles.DocumentLabelStyle, "Document Label", "文件标识", "Normal", "Title", """<w:spacing w:after="240"/><w:jc w:val="left"/>""", "", custom: true)}
            {Paragraph("Title", "Title", "标题", "Normal", "Subtitle", """<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="9"/>""", Bold(true) + Size(18))}
            {Paragraph("Subtitle", "Subtitle", "副标题", "Normal", "Normal", """<w:jc w:val="center"/>""", "<w:i/><w:iCs/>" + Size(13))}
            {Paragraph("Author", "Author", "署名", "Subtitle", "Normal", """<w:spacing w:after="360"/>""", "", custom: true)}
            {headings}
            {Paragraph("Caption", "caption", "题注", "Normal", "Normal", """<w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/>""", Bold(true) + Size(11))}
            {Paragraph("ListParagraph", "List Paragraph", "列表段落", "Normal", null, """<w:ind w:left="720"/>""", "")}
            {Paragraph("TableText", "Table Text", "表格文字", "Normal", null, Tight + """<w:jc w:val="center"/>""", Size(10.5), custom: true)}
            {Paragraph("TableHeading", "Table Heading", "表头", "TableText", null, "<w:keepNext/>", Bold(true), custom: true)}
            {Paragraph("FootnoteText", "footnote text", "脚注文本", "Normal", null, Tight, Size(10), uiPriority: 99)}
            {Character("FootnoteReference", "footnote reference", "脚注引用", """<w:vertAlign w:val="superscript"/>""", custom: false, uiPriority: 99)}
            {Paragraph("Footer", "footer", "页脚", "Normal", null, Tight, Size(11), uiPriority: 99)}
            {TableStyles}
            </w:styles>
            """;
    }

    public static string Footer() => DocxStyles.PageNumberFooter("""<w:jc w:val="center"/>""", "", "");
}
