using ReportPipeline.Model;

namespace ReportPipeline.Writers.Parallel;

/// <summary>
/// Footnote references shown as their display number in brackets ("[3]"), for a bilingual Word file whose notes
/// are rows of its table (two editions' native notes would share one numbering at the page foot).
/// </summary>
internal sealed class NoteMarks(FootnoteNumbers numbers)
{
    public ValueList<Inline> Replace(ValueList<Inline> inlines) => inlines.Select(Replace).ToValueList();

    private Inline Replace(Inline inline) => inline switch
    {
        FootnoteReference r => new Text($"[{numbers.NumberOf(r.FootnoteId)}]"),
        Strong s => new Strong(Replace(s.Content)),
        Emphasis e => new Emphasis(Replace(e.Content)),
        LanguageSpan l => l with { Content = Replace(l.Content) },
        _ => inline,
    };

    public Table Replace(Table table) => table with
    {
        Caption = Replace(table.Caption),
        Header = Replace(table.Header),
        Body = Replace(table.Body),
    };

    private ValueList<TableRow> Replace(ValueList<TableRow> rows) =>
        rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Content = Replace(c.Content) }).ToValueList() }).ToValueList();
}
