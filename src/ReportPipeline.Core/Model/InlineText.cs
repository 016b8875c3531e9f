namespace ReportPipeline.Model;

/// <summary>Plain-text views of inline content, for tables of contents, metadata and checks.</summary>
public static class InlineText
{
    public static string PlainText(this IEnumerable<Inline> inlines) =>
        string.Concat(inlines.Select(PlainText));

    public static string PlainText(this Inline inline) => inline switch
    {
        Text t => t.Value,
        Strong s => s.Content.PlainText(),
        Emphasis e => e.Content.PlainText(),
        LanguageSpan l => l.Content.PlainText(),
        FootnoteReference => "",
        _ => throw new NotSupportedException($"Unknown inline {inline.GetType().Name}"),
    };

    /// <summary>Paragraphs of one cell or note as one run of inlines, a space between them; empty ones left out.</summary>
    public static ValueList<Inline> JoinParagraphs(this IEnumerable<ValueList<Inline>> paragraphs) =>
        paragraphs.Where(p => !p.IsEmpty)
            .Aggregate(ValueList<Inline>.Empty, (all, next) => all.IsEmpty ? next : [.. all, new Text(" "), .. next]);

    /// <summary>Every footnote reference in reading order, nested ones included.</summary>
    public static IEnumerable<FootnoteReference> FootnoteReferences(this IEnumerable<Inline> inlines) =>
        inlines.SelectMany(i => i switch
        {
            FootnoteReference r => [r],
            Strong s => s.Content.FootnoteReferences(),
            Emphasis e => e.Content.FootnoteReferences(),
            LanguageSpan l => l.Content.FootnoteReferences(),
            _ => Enumerable.Empty<FootnoteReference>(),
        });
}
