using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>
/// Text under recovery. From a plain-text or PDF decoder it is plain, and footnote markers in it are found later;
/// from Word, HTML or Markdown it is already rich: formatting and footnote references come with it. Recovery
/// cuts and joins both alike, by offsets into the plain text.
/// </summary>
internal sealed record RecoveredText(string Plain, ValueList<Inline>? Rich)
{
    public static RecoveredText FromPlain(string text) => new(text, null);

    /// <summary>Rich text as a reader found it; invisible and control characters are dropped here, at the door.</summary>
    public static RecoveredText FromInlines(ValueList<Inline> inlines)
    {
        var normalized = InlineSlicer.Normalize(WithoutInvisible(inlines));
        return new(normalized.PlainText(), normalized);
    }

    private static IEnumerable<Inline> WithoutInvisible(IEnumerable<Inline> inlines) => inlines.Select(inline => inline switch
    {
        Text t => new Text(Decoding.InvisibleCharacters.Remove(t.Value)),
        Strong s => new Strong(WithoutInvisible(s.Content).ToValueList()),
        Emphasis e => new Emphasis(WithoutInvisible(e.Content).ToValueList()),
        LanguageSpan l => l with { Content = WithoutInvisible(l.Content).ToValueList() },
        _ => inline,
    });

    public int Length => Plain.Length;

    /// <summary>No text and no footnote reference.</summary>
    public bool IsEmpty => Plain.Trim().Length == 0 && (Rich is null || !Rich.FootnoteReferences().Any());

    public RecoveredText Slice(int start, int? end = null)
    {
        int stop = end ?? Plain.Length;
        return Rich is null ? FromPlain(Plain[start..stop]) : FromInlines(InlineSlicer.Slice(Rich, start, stop));
    }

    public RecoveredText Trim()
    {
        int start = Plain.Length - Plain.TrimStart().Length;
        int end = Plain.TrimEnd().Length;
        return start == 0 && end == Plain.Length ? this : end <= start ? Slice(0, 0) : Slice(start, end);
    }

    /// <summary>Joins two parts of one paragraph with the spacing rule of <see cref="CjkText.JoinFragments"/>.</summary>
    public RecoveredText Join(RecoveredText next)
    {
        if (Rich is null && next.Rich is null) return FromPlain(CjkText.JoinFragments(Plain, next.Plain));
        var left = Trim();
        var right = next.Trim();
        bool space = CjkText.JoinFragments(left.Plain, right.Plain).Length > left.Length + right.Length;
        return FromInlines([.. left.AsInlines(), .. (space ? [new Text(" ")] : Array.Empty<Inline>()), .. right.AsInlines()]);
    }

    private ValueList<Inline> AsInlines() => Rich ?? [new Text(Plain)];

    public override string ToString() => Plain;
}
