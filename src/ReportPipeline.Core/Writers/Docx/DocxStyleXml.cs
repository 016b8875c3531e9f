namespace ReportPipeline.Writers.Docx;

/// <summary>Small builders for w:style elements, so a house style reads as a list of its styles.</summary>
internal static class DocxStyleXml
{
    /// <param name="aliases">The name a Chinese secretary knows it by (标题 1, 正文), shown beside the built-in name.</param>
    public static string Paragraph(string id, string name, string? aliases, string? basedOn, string? next, string pPr, string rPr,
        bool isDefault = false, bool custom = false, int? uiPriority = null) =>
        Style("paragraph", id, name, aliases, basedOn, next, pPr, rPr, isDefault, custom, uiPriority);

    public static string Character(string id, string name, string? aliases, string rPr, bool custom = true, int? uiPriority = null) =>
        Style("character", id, name, aliases, null, null, "", rPr, false, custom, uiPriority);

    private static string Style(string type, string id, string name, string? aliases, string? basedOn, string? next,
        string pPr, string rPr, bool isDefault, bool custom, int? uiPriority) =>
        $"<w:style w:type=\"{type}\"{(isDefault ? " w:default=\"1\"" : "")}{(custom ? " w:customStyle=\"1\"" : "")} w:styleId=\"{id}\">"
        + $"<w:name w:val=\"{name}\"/>"
        + (aliases is null ? "" : $"<w:aliases w:val=\"{aliases}\"/>")
        + (basedOn is null ? "" : $"<w:basedOn w:val=\"{basedOn}\"/>")
        + (next is null ? "" : $"<w:next w:val=\"{next}\"/>")
        + (uiPriority is null ? "" : $"<w:uiPriority w:val=\"{uiPriority}\"/>")
        + "<w:qFormat/>"
        + (pPr.Length == 0 ? "" : $"<w:pPr>{pPr}</w:pPr>")
        + (rPr.Length == 0 ? "" : $"<w:rPr>{rPr}</w:rPr>")
        + "</w:style>\n";

    /// <summary>w:sz and w:szCs for a size in points (三号 16, 二号 22, 四号 14, 小四 12).</summary>
    public static string Size(double points) => $"<w:sz w:val=\"{(int)(points * 2)}\"/><w:szCs w:val=\"{(int)(points * 2)}\"/>";

    public static string Bold(bool on) => on ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>";

    /// <summary>The styles every house has whatever its type: the default table style and the grid table.</summary>
    public const string TableStyles = """
          <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
          <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:aliases w:val="网格型"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>
            <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
        """;
}
