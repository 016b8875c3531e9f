using ReportPipeline.Model;

namespace ReportPipeline.Tests.Writers;

/// <summary>A small tree that holds every node type and the awkward cases writers must get right.</summary>
public static class AllNodes
{
    private static readonly SourceSpan At = SourceSpan.Line(1);

    private static ValueList<Inline> T(string text) => [new Text(text)];

    public static readonly ReportDocument Document = new(
        new Metadata("Sample & <Report>", "— a subtitle", "Director Jane Roe", "2026-01-02", "en"),
        [
            new Heading(1, "1.", T("First chapter"), At),
            new Paragraph(T("A lead."), [new Text(" Text with "), new Strong(T("bold")), new Text(", "), new Emphasis(T("italic")),
                new Text(", a name in Chinese, "), new LanguageSpan("zh-CN", T("越秀区")), new Text(", and a note"), new FootnoteReference("a"), new Text(" cited twice"), new FootnoteReference("a"), new Text(".")], At),
            new Heading(2, null, T("An unnumbered section"), At),
            new Paragraph([], T("1. not a list, *not emphasis*, [not a link], <not a tag> & | pipe"), At),
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
        ],
        [
            new Footnote("a", "¹", T("The first note."), At),
            new Footnote("b", "²", [new Text("The second note, with "), new Emphasis(T("emphasis")), new Text(".")], At),
        ],
        [], []);
}
