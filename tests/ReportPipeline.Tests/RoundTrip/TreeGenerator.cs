using CsCheck;
using ReportPipeline.Model;

namespace ReportPipeline.Tests.RoundTrip;

/// <summary>
/// Random report trees within what every format can hold: numbered or plain headings, paragraphs (with or without
/// a lead) of text, bold, italics and footnote references, lists, captioned tables with a one- or two-row header.
/// </summary>
public static class TreeGenerator
{
    private static readonly SourceSpan At = SourceSpan.Line(1);
    private static readonly string[] Words = ["经济", "发展", "项目", "投资", "budget", "revenue", "city", "增长", "民生", "plan"];
    private static readonly string[] Labels = ["一、", "二、", "（一）", "（二）", "1.", "2.", "第一章"];

    private static readonly Gen<string> Phrase = Gen.Int[0, Words.Length - 1].Array[1, 4]
        .Select(ws => string.Join(" ", ws.Select(w => Words[w])));

    private static Gen<ValueList<Inline>> Run(int notes) =>
        Gen.Int[0, 3].SelectMany(kind => Phrase.Select(p => (Inline)(kind switch
        {
            1 => new Strong([new Text(p)]),
            2 => new Emphasis([new Text(p)]),
            _ => new Text(p),
        }))).Array[1, 3].SelectMany(parts => Gen.Int[0, notes].Select(note =>
        {
            var inlines = new List<Inline> { new Text("文字") };
            foreach (var part in parts) inlines.AddRange([part, new Text("，")]);
            if (note > 0) inlines.Add(new FootnoteReference($"n{note}"));
            inlines.Add(new Text("结束。"));
            return ReportPipeline.Structure.InlineSlicer.Normalize(inlines);
        }));

    // A heading may close with a full stop, kept apart from its title ("（一）主题。").
    private static Gen<Block> Heading => Gen.Int[1, 3].SelectMany(level => Gen.Int[-1, Labels.Length - 1].SelectMany(label => Gen.Bool.SelectMany(stop => Phrase.Select(title =>
        (Block)new Heading(level, label < 0 ? null : Labels[label], [new Text("主题" + title)], At) { Stop = stop ? "。" : null }))));

    private static Gen<Block> Paragraph(int notes) => Gen.Bool.SelectMany(hasLead => Run(notes).Select(content =>
        (Block)new Paragraph(hasLead ? [new Text("工作稳步推进。")] : ValueList<Inline>.Empty, content, At)));

    private static Gen<Block> List => Gen.Bool.SelectMany(ordered => Phrase.Array[1, 4].Select(items =>
        (Block)new ListBlock(ordered, items.Select(i => new ListItem([new Text("事项" + i)])).ToValueList(), At)));

    private static Gen<Block> Table => Gen.Bool.SelectMany(twoRows => Gen.Int[1, 3].SelectMany(rows => Phrase.Select(caption =>
    {
        ValueList<TableRow> header = twoRows
            ? [new TableRow([new TableCell([new Text("指标")], RowSpan: 2), new TableCell([new Text("完成")], ColumnSpan: 2)]),
               new TableRow([new TableCell([new Text("绝对值")]), new TableCell([new Text("增速")])])]
            : [new TableRow([new TableCell([new Text("指标")]), new TableCell([new Text("目标")]), new TableCell([new Text("完成")])])];
        var body = Enumerable.Range(1, rows).Select(r => new TableRow([new TableCell([new Text($"项目{r}")]),
            new TableCell([new Text($"{r}.5 亿元")]), new TableCell([new Text($"{r}%")])])).ToValueList();
        return (Block)new Table([new Text("表 " + caption)], header, body, At);
    })));

    public static readonly Gen<ReportDocument> Document =
        Gen.Int[0, 3].SelectMany(notes =>
            Gen.Frequency((3, Paragraph(notes)), (2, Heading), (1, List), (1, Table)).Array[1, 12].Select(blocks =>
            {
                // Two lists of one kind in a row are one list in every format: generate them as one.
                var all = new List<Block>();
                foreach (var block in blocks)
                    if (block is ListBlock next && all.Count > 0 && all[^1] is ListBlock previous && previous.Ordered == next.Ordered)
                        all[^1] = previous with { Items = [.. previous.Items, .. next.Items] };
                    else all.Add(block);
                // Every footnote the paragraphs may reference is defined once, and referenced at least once.
                for (int n = 1; n <= notes; n++) all.Add(new Paragraph([], [new Text("另见"), new FootnoteReference($"n{n}"), new Text("。")], At));
                var footnotes = Enumerable.Range(1, notes).Select(n => new Footnote($"n{n}", $"{n}", [new Text($"注释{n}。")], At)).ToValueList();
                // Languages as recovery marks them: Latin phrases of two words or more inside Chinese are English spans.
                return ReportPipeline.Languages.LanguageRecovery.Apply(new ReportDocument(new Metadata("测试报告", "——副标题", "作者 某某", "2026-01-02", "zh-CN"),
                    all.ToValueList(), footnotes, [], []));
            }));
}
