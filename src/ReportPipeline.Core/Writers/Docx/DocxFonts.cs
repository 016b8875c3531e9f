namespace ReportPipeline.Writers.Docx;

/// <summary>
/// The typefaces the Word styles name, and the font table that tells Word and LibreOffice what to use where one is
/// missing: each Chinese official-document face names the common face it stands for (w:altName), its character set
/// (GB2312) and its family, so 仿宋_GB2312 falls back to 仿宋/FangSong rather than to a sans-serif.
/// </summary>
internal static class DocxFonts
{
    public const string Latin = "Times New Roman";
    public const string FangSong = "仿宋_GB2312";
    public const string KaiTi = "楷体_GB2312";
    public const string HeiTi = "黑体";
    public const string SongTi = "宋体";
    public const string XiaoBiaoSong = "方正小标宋简体";

    /// <summary>Name, the face to use where it is missing, family, pitch and the panose of the face it resembles.</summary>
    private static readonly (string Name, string AltName, string Family, string Panose)[] Table =
    [
        (Latin, "Times", "roman", "02020603050405020304"),
        (FangSong, "仿宋", "modern", "02010609030101010101"),
        ("仿宋", "FangSong", "modern", "02010609060101010101"),
        (KaiTi, "楷体", "modern", "02010609030101010101"),
        ("楷体", "KaiTi", "modern", "02010609060101010101"),
        (HeiTi, "SimHei", "modern", "02010609060101010101"),
        (SongTi, "SimSun", "auto", "02010600030101010101"),
        (XiaoBiaoSong, "宋体", "script", "02000000000000000000"),
    ];

    public static string FontTable()
    {
        var fonts = string.Concat(Table.Select(f =>
            $"""<w:font w:name="{f.Name}"><w:altName w:val="{f.AltName}"/><w:panose1 w:val="{f.Panose}"/><w:charset w:val="{(f.Name == Latin ? "00" : "86")}"/><w:family w:val="{f.Family}"/><w:pitch w:val="variable"/></w:font>"""));
        return $"""<w:fonts xmlns:w="{DocxStyles.Ns}">{fonts}</w:fonts>""";
    }

    /// <summary>w:rFonts: East Asian text in <paramref name="eastAsia"/>, digits and Latin in <paramref name="latin"/>.</summary>
    public static string Fonts(string eastAsia, string latin = Latin) =>
        $"""<w:rFonts w:ascii="{latin}" w:eastAsia="{eastAsia}" w:hAnsi="{latin}" w:cs="{latin}"/>""";
}
