using ReportPipeline.Model;

namespace ReportPipeline.Tests.Writers;

/// <summary>A small tree that holds every node type and the awkward cases writers must get right.</summary>
public static class AllNodes
{
    private static readonly SourceSpan At = SourceSpan.Line(1);

    private static ValueList<Inline> T(string text) => [new Text(text)];

    /// <summary>A 1×1 PNG: the figure's image.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A second 1×1 PNG (a blue dot): with the first, the pictures of a figure of several.</summary>
    public static readonly byte[] BluePng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC");

    private static readonly ResourceStore Images = ResourceStore.Empty.Add(Png, "image/png", out _).Add(BluePng, "image/png", out _);

    public static string PngKey => ResourceStore.KeyOf(Png);

    public static string BluePngKey => ResourceStore.KeyOf(BluePng);

    private const string FractionOmml =
        "<m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"><m:f><m:num><m:r><m:t>a</m:t></m:r></m:num>"
        + "<m:den><m:r><m:t>b</m:t></m:r></m:den></m:f></m:oMath>";

    public static readonly ReportDocument Document = new ReportDocument(
        new Metadata("Sample & <Report>", "— a subtitle", "Director Jane Roe", "2026-01-02", "en"),
        [
            new Paragraph([], T("Council document 10"), At, ParagraphRole.DocumentLabel),
            new Heading(1, "1.", T("First chapter"), At),
            new Paragraph([], T("Members of the Council:"), At, ParagraphRole.Salutation),
            new Paragraph(T("A lead."), [new Text(" Text with "), new Strong(T("bold")), new Text(", "), new Emphasis(T("italic")),
                new Text(", a name in Chinese, "), new LanguageSpan("zh-CN", T("越秀区")), new Text(", and a note"), new FootnoteReference("a"), new Text(" cited twice"), new FootnoteReference("a"), new Text(".")], At),
            new Heading(2, null, T("An unnumbered section"), At),
            new Paragraph([], T("1. not a list, *not emphasis*, [not a link], <not a tag> & | pipe"), At),
            new Heading(3, "(1)", T("A run-in title"), At) { Stop = "." },
            new Paragraph(T("经济运行稳中向好。"), [new Text("全年增长，同"), new LanguageSpan("en", T("World Bank")), new Text("合作"), new FootnoteReference("b"), new Text("。")], At)
                { Language = "zh-CN" },
            new ListBlock(true, [new ListItem(T("first")), new ListItem(T("second"))], At),
            new ListBlock(false, [new ListItem(T("bullet"))], At),
            new Table(T("Table 1. Spans"),
                [
                    new TableRow([new TableCell(T("Item"), RowSpan: 2), new TableCell(T("2025"), ColumnSpan: 2)]),
                    new TableRow([new TableCell(T("Plan")), new TableCell(T("Actual"))]),
                ],
                [
                    new TableRow([new TableCell(T("Revenue"), RowSpan: 2), new TableCell(T("1")), new TableCell([new Text("2"), new FootnoteReference("b")])]),
                    new TableRow([new TableCell(T("3")), new TableCell(T("4"))]),
                ], At),
            new Heading(1, "Annex 1", T("Glossary"), At),
            new DefinitionList([new DefinitionItem(T("Base year"), T("The year prices are fixed at.")),
                new DefinitionItem(T("Above-scale enterprise"), [new Text("An enterprise above the size threshold"), new FootnoteReference("b"), new Text(".")])], At),
            new Heading(2, null, [new Text("Results"), new Anchor("results")], At),
            new Paragraph([], [new Text("See "), new Link("https://example.org/report_(2025)?q=1&r=2", T("the site")), new Text(", the "),
                new Link("#results", [new Strong(T("results"))]), new Text(", the ratio "),
                new Formula(FormulaNotation.Omml, FractionOmml, "\\frac{a}{b}"), new Text(" and "),
                new Formula(FormulaNotation.TeX, "E=mc^{2}", "E=mc^{2}", Display: true), new Text(".")], At),
            new Figure(PngKey, "A red dot", T("Figure 1. A dot"), new ImageSize(40, 30), At),
            new Figure([new FigureImage(PngKey, "The red one", new ImageSize(20, 20)), new FigureImage(BluePngKey, "The blue one", new ImageSize(10, 10))], T("Figure 2. Two dots"), At),
        ],
        [
            new Footnote("a", "¹", T("The first note."), At),
            new Footnote("b", "²", [new Text("The second note, with "), new Emphasis(T("emphasis")), new Text(".")], At),
        ],
        [], []) { Resources = Images };
}
