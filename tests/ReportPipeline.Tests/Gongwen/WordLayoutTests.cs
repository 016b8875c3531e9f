using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Docx;
using static ReportPipeline.Tests.Gongwen.WordPackage;

namespace ReportPipeline.Tests.Gongwen;

/// <summary>
/// The Word file against the layout of official documents (GB/T 9704-2012), read from the package XML: fonts and
/// sizes per style, the page grid, odd and even page numbers, the salutation, headings by numbering scheme.
/// </summary>
public class WordLayoutTests
{
    /// <summary>A report with chapters above 一、, so 一、 sits at depth 2 and （一） at depth 3.</summary>
    private const string ChapteredReport = """
        关于试点工作的报告

        各位代表：

        现将有关情况报告如下，请予审议。

        第一章 总体情况

        一、主要成效

        全年各项工作平稳推进，目标任务全面完成。

        （一）经济运行稳中有进

        经济总量稳步扩大，结构持续优化。

        1. 工业生产

        工业增加值增长，利润回升。

        （1）重点企业

        重点企业产值增长。

        第二章 下一步安排

        一、总体要求

        坚持稳中求进工作总基调。
        """;

    private static WordPackage Write(string text) => new(Run.Render(new DocxReportWriter(), Run.FromText(text)));

    [Fact]
    public void Body_title_notes_and_page_numbers_follow_the_official_document_layout()
    {
        var word = Write(ChapteredReport);
        Assert.Equal("仿宋_GB2312", word.EastAsiaFont("BodyText"));
        Assert.Equal("Times New Roman", word.AsciiFont("BodyText"));
        Assert.Equal(16, word.Size("BodyText"));
        Assert.Equal("200", (string?)word.ParagraphProperty("BodyText", "ind")!.Attribute(W + "firstLineChars"));

        Assert.Equal("方正小标宋简体", word.EastAsiaFont("Title"));
        Assert.Equal(22, word.Size("Title"));
        Assert.Equal("center", Val(word.ParagraphProperty("Title", "jc")));

        Assert.Equal("仿宋_GB2312", word.EastAsiaFont("FootnoteText"));
        Assert.Equal(12, word.Size("FootnoteText"));

        Assert.Equal("宋体", word.EastAsiaFont("Footer"));
        Assert.Equal(14, word.Size("Footer"));
        Assert.All(new[] { "Heading1", "Heading2", "Heading3", "Caption", "Title" }, s => Assert.NotEqual("Arial", word.AsciiFont(s)));
    }

    [Fact]
    public void Each_page_holds_22_lines_on_a_grid_computed_from_A4_and_the_GB_T_margins()
    {
        var word = Write(ChapteredReport);
        var size = word.Section.Element(W + "pgSz")!;
        var margin = word.Section.Element(W + "pgMar")!;
        static int Twips(System.Xml.Linq.XElement e, string name) => int.Parse((string)e.Attribute(W + name)!);
        var (pg, mar) = (size, margin);
        // 1 mm = 1440 / 25.4 twips: A4 210 × 297 mm; margins top 37, bottom 35, left 28, right 26 mm.
        Assert.Equal(Mm(210), Twips(pg, "w"), 1.0);
        Assert.Equal(Mm(297), Twips(pg, "h"), 1.0);
        Assert.Equal(Mm(37), Twips(mar, "top"), 1.0);
        Assert.Equal(Mm(35), Twips(mar, "bottom"), 1.0);
        Assert.Equal(Mm(28), Twips(mar, "left"), 1.0);
        Assert.Equal(Mm(26), Twips(mar, "right"), 1.0);

        var grid = word.Section.Element(W + "docGrid")!;
        Assert.Contains((string?)grid.Attribute(W + "type"), new[] { "lines", "linesAndChars" });
        int pitch = int.Parse((string)grid.Attribute(W + "linePitch")!);
        double textHeight = Mm(297 - 37 - 35);
        Assert.Equal(22, (int)(textHeight / pitch));
        Assert.True(textHeight / pitch - 22 < 0.1, $"pitch {pitch} leaves room for more than 22 lines");

        // 28 characters of 16 pt body type fit the 156 mm line once set closer by the default character spacing.
        int spacing = int.Parse(Val(word.RunProperty("BodyText", "spacing"))!);
        double pitchOfCharacter = 16 * 20 + spacing;
        Assert.Equal(28, (int)(Mm(210 - 28 - 26) / pitchOfCharacter));
    }

    private static double Mm(double mm) => mm * 1440 / 25.4;

    [Fact]
    public void Page_numbers_sit_at_the_outer_edge_of_odd_and_even_pages()
    {
        var word = Write(ChapteredReport);
        Assert.NotNull(word.Part("word/settings.xml").Root!.Element(W + "evenAndOddHeaders"));
        var odd = word.Footer("default").Descendants(W + "p").Single();
        var even = word.Footer("even").Descendants(W + "p").Single();
        Assert.Equal("right", Val(odd.Element(W + "pPr")!.Element(W + "jc")));
        Assert.Equal("left", Val(even.Element(W + "pPr")!.Element(W + "jc")));
        // One character of 四号 (14 pt = 280 twips) in from the edge.
        Assert.Equal("280", (string?)odd.Element(W + "pPr")!.Element(W + "ind")!.Attribute(W + "right"));
        Assert.Equal("280", (string?)even.Element(W + "pPr")!.Element(W + "ind")!.Attribute(W + "left"));
        foreach (var footer in new[] { odd, even })
        {
            Assert.Contains("PAGE", string.Concat(footer.Descendants(W + "instrText").Select(t => t.Value)));
            Assert.Equal("— 1 —", string.Concat(footer.Descendants(W + "t").Select(t => t.Value)));
        }
    }

    [Fact]
    public void The_salutation_sits_flush_left_and_body_text_is_indented()
    {
        var word = Write(ChapteredReport);
        var salutation = word.Paragraphs.Single(p => p.Value == "各位代表：");
        string style = StyleOf(salutation)!;
        var indent = word.ParagraphProperty(style, "ind");
        Assert.True(indent is null || ((string?)indent.Attribute(W + "firstLine") ?? "0") == "0" && ((string?)indent.Attribute(W + "firstLineChars") ?? "0") == "0",
            $"the salutation's style {style} indents its first line");
        var body = word.Paragraphs.First(p => p.Value.StartsWith("现将有关情况"));
        Assert.Equal("200", (string?)word.ParagraphProperty(StyleOf(body)!, "ind")!.Attribute(W + "firstLineChars"));
    }

    [Fact]
    public void Each_numbering_scheme_keeps_its_face_whatever_sits_above_it_while_depth_gives_the_heading_level()
    {
        var word = Write(ChapteredReport);
        (string? Style, string? Font, bool Bold) Heading(string label)
        {
            var p = word.Paragraphs.First(p => p.Value.StartsWith(label));
            var runStyle = Val(p.Descendants(W + "rStyle").FirstOrDefault());
            string? font = runStyle is null ? word.EastAsiaFont(StyleOf(p)!) : word.EastAsiaFont(runStyle) ?? word.EastAsiaFont(StyleOf(p)!);
            bool bold = runStyle is not null && word.Style(runStyle)!.Element(W + "rPr")!.Element(W + "b") is { } b ? Val(b) is null or "1" : word.Bold(StyleOf(p)!);
            return (StyleOf(p), font, bold);
        }
        Assert.Equal(("Heading1", "黑体", false), Heading("第一章"));
        Assert.Equal(("Heading2", "黑体", false), Heading("一、主要成效"));
        Assert.Equal(("Heading3", "楷体_GB2312", false), Heading("（一）"));
        Assert.Equal(("Heading4", "仿宋_GB2312", true), Heading("1. 工业生产"));
        Assert.Equal(("Heading5", "仿宋_GB2312", false), Heading("（1）"));

        // Without chapters the same schemes sit one level higher and keep the same faces.
        var flat = Write("""
            关于试点工作的报告

            一、主要成效

            全年各项工作平稳推进。

            （一）经济运行稳中有进

            经济总量稳步扩大。
            """);
        var first = flat.Paragraphs.First(p => p.Value.StartsWith("一、"));
        Assert.Equal("Heading1", StyleOf(first));
        Assert.Equal("黑体", flat.EastAsiaFont(Val(first.Descendants(W + "rStyle").First())!));
        var second = flat.Paragraphs.First(p => p.Value.StartsWith("（一）"));
        Assert.Equal("Heading2", StyleOf(second));
        Assert.Equal("楷体_GB2312", flat.EastAsiaFont(Val(second.Descendants(W + "rStyle").First())!));
    }

    [Fact]
    public void Styles_carry_the_names_a_secretary_knows_and_fonts_name_their_fallbacks()
    {
        var word = Write(ChapteredReport);
        Assert.Equal("标题 1", Val(word.Style("Heading1")!.Element(W + "aliases")));
        Assert.Equal("正文", Val(word.Style("Normal")!.Element(W + "aliases")));
        var fonts = word.Part("word/fontTable.xml").Root!.Elements(W + "font").ToDictionary(f => (string)f.Attribute(W + "name")!);
        foreach (var (name, fallback) in new[] { ("仿宋_GB2312", "仿宋"), ("仿宋", "FangSong"), ("楷体", "KaiTi"), ("黑体", "SimHei"), ("宋体", "SimSun") })
            Assert.Equal(fallback, Val(fonts[name].Element(W + "altName")));
    }

    [Fact]
    public void English_reports_keep_an_English_house_style_without_the_grid()
    {
        var word = new WordPackage(Run.Render(new DocxReportWriter(), Run.Fixture("riverton-2026-budget-report.txt")));
        Assert.Equal("Times New Roman", word.AsciiFont("BodyText"));
        Assert.Equal(12, word.Size("BodyText"));
        Assert.Null(word.Section.Element(W + "docGrid"));
        Assert.DoesNotContain(word.Paragraphs.SelectMany(p => p.Descendants(W + "rStyle")), r => Val(r)!.EndsWith("HeadingChar"));
    }

    [Theory]
    [InlineData("yuexiu-2025-plan-report.txt")]
    [InlineData("lanshan-2026-budget-report.txt")]
    public void Tables_are_sized_by_content_kept_whole_and_the_caption_kept_with_them(string fixture)
    {
        var doc = Run.Fixture(fixture);
        var bytes = Run.Render(new DocxReportWriter(), doc);
        using (var package = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }
        var word = new WordPackage(bytes);
        var table = word.Part("word/document.xml").Root!.Descendants(W + "tbl").Single();
        var widths = table.Element(W + "tblGrid")!.Elements(W + "gridCol").Select(c => int.Parse((string)c.Attribute(W + "w")!)).ToList();
        Assert.True(widths.Distinct().Count() > 1, "every column has the same width");
        Assert.NotEqual("fixed", (string?)table.Element(W + "tblPr")!.Element(W + "tblLayout")?.Attribute(W + "type"));
        var rows = table.Elements(W + "tr").ToList();
        Assert.All(rows, r => Assert.NotNull(r.Element(W + "trPr")?.Element(W + "cantSplit")));
        Assert.All(rows.SkipLast(1).SelectMany(r => r.Descendants(W + "p")), p => Assert.NotNull(p.Element(W + "pPr")!.Element(W + "keepNext")));
        Assert.All(rows[^1].Descendants(W + "p"), p => Assert.Null(p.Element(W + "pPr")!.Element(W + "keepNext")));
        var caption = table.ElementsBeforeSelf(W + "p").Last();
        Assert.Equal("Caption", StyleOf(caption));
        Assert.NotNull(word.ParagraphProperty("Caption", "keepNext"));
    }
}
