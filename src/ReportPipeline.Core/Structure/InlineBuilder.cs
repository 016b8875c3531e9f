using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>
/// Turns recovered text into inlines: stray spaces between Han characters go, and footnote markers become
/// references when the linker knows their definition (a space before a marker, as in table cells, goes too).
/// Without a linker (footnote bodies) markers stay text. Rich text keeps its inlines; its references are checked.
/// </summary>
internal sealed class InlineBuilder(FootnoteLinker? linker)
{
    public ValueList<Inline> Build(RecoveredText text, SourceSpan source)
    {
        if (text.Rich is null) return Build(text.Plain, source);
        var rich = text.Rich;
        if (linker is not null)
        {
            var dangling = rich.FootnoteReferences().Where(r => !linker.Referenced(r.FootnoteId, source)).Select(r => r.FootnoteId).ToHashSet();
            if (dangling.Count > 0) rich = InlineSlicer.Normalize(WithoutReferences(rich, dangling));
        }
        // Notes listed under a notes heading have numbers, not ids: their markers are still text.
        return linker?.HasNumberedDefinitions == true ? InlineSlicer.Normalize(WithMarkers(rich, source)) : rich;
    }

    /// <summary>References to notes the document does not hold, as the bracketed number (or id) they showed.</summary>
    private static IEnumerable<Inline> WithoutReferences(ValueList<Inline> inlines, HashSet<string> dangling) => inlines.Select(inline => inline switch
    {
        FootnoteReference r when dangling.Contains(r.FootnoteId) => new Text($"[{DisplayOf(r.FootnoteId)}]"),
        Strong s => new Strong(InlineSlicer.Normalize(WithoutReferences(s.Content, dangling))),
        Emphasis e => new Emphasis(InlineSlicer.Normalize(WithoutReferences(e.Content, dangling))),
        LanguageSpan l => l with { Content = InlineSlicer.Normalize(WithoutReferences(l.Content, dangling)) },
        _ => inline,
    });

    private static string DisplayOf(string id) =>
        id.Reverse().TakeWhile(char.IsAsciiDigit).Reverse().ToArray() is { Length: > 0 } digits ? new string(digits) : id;

    private IEnumerable<Inline> WithMarkers(ValueList<Inline> inlines, SourceSpan source) => inlines.SelectMany(inline => inline switch
    {
        Text t => (IEnumerable<Inline>)SplitMarkers(t.Value, source),
        Strong s => [new Strong(InlineSlicer.Normalize(WithMarkers(s.Content, source)))],
        Emphasis e => [new Emphasis(InlineSlicer.Normalize(WithMarkers(e.Content, source)))],
        LanguageSpan l => [l with { Content = InlineSlicer.Normalize(WithMarkers(l.Content, source)) }],
        _ => [inline],
    });

    public ValueList<Inline> Build(string text, SourceSpan source) =>
        SplitMarkers(CjkText.RemoveStraySpaces(text.Trim()), source).ToValueList();

    private List<Inline> SplitMarkers(string text, SourceSpan source)
    {
        var inlines = new List<Inline>();
        int position = 0;
        foreach (var marker in linker is null ? [] : FootnoteMarkers.Find(text))
        {
            if (marker.Index < position) continue;
            var id = linker!.Resolve(marker, source);
            if (id is null) continue;
            AddText(inlines, text[position..marker.Index].TrimEnd(' '));
            inlines.Add(new FootnoteReference(id));
            position = marker.Index + marker.Length;
        }
        AddText(inlines, text[position..]);
        return inlines;
    }

    private static void AddText(List<Inline> inlines, string text)
    {
        if (text.Length == 0) return;
        if (inlines.Count > 0 && inlines[^1] is Text previous) inlines[^1] = new Text(previous.Value + text);
        else inlines.Add(new Text(text));
    }
}
