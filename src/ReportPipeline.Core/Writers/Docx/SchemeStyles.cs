using ReportPipeline.Structure;
using static ReportPipeline.Writers.Docx.DocxFonts;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// The character style of each Chinese numbering scheme in the official-document layout. A heading's paragraph
/// style (Heading N) follows its depth in the outline, for navigation and contents; its runs take the style of the
/// scheme its label belongs to, so each scheme keeps its face whatever sits above it.
/// </summary>
internal sealed record SchemeStyles(NumberingStyle Scheme, string Id, string Name, string Alias, string Font, bool Bold)
{
    public static readonly IReadOnlyList<SchemeStyles> All =
    [
        new(NumberingStyle.Chapter, "ChapterHeadingChar", "Chapter Heading Char", "章标题字符", HeiTi, false),
        new(NumberingStyle.Section, "SectionHeadingChar", "Section Heading Char", "节标题字符", HeiTi, false),
        new(NumberingStyle.CjkEnumeral, "Level1HeadingChar", "Level 1 Heading Char", "一级标题字符", HeiTi, false),
        new(NumberingStyle.CjkParenthesized, "Level2HeadingChar", "Level 2 Heading Char", "二级标题字符", KaiTi, false),
        new(NumberingStyle.Arabic, "Level3HeadingChar", "Level 3 Heading Char", "三级标题字符", FangSong, true),
        new(NumberingStyle.ArabicParenthesized, "Level4HeadingChar", "Level 4 Heading Char", "四级标题字符", FangSong, false),
    ];

    /// <summary>The character style for a heading label, or null when its scheme has none (unnumbered, Roman, 1.1).</summary>
    public static string? For(string? label)
    {
        var scheme = HeadingScheme.Of(label);
        return All.FirstOrDefault(s => s.Scheme == scheme)?.Id;
    }
}
