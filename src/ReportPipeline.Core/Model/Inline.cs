namespace ReportPipeline.Model;

/// <summary>Inline content. The set of leaves is closed: writers switch over it.</summary>
public abstract record Inline
{
    /// <summary>Only this assembly defines inlines, so a writer's switch sees every kind.</summary>
    private protected Inline() { }
}

public sealed record Text(string Value) : Inline;

public sealed record Strong(ValueList<Inline> Content) : Inline;

public sealed record Emphasis(ValueList<Inline> Content) : Inline;

/// <summary>A footnote marker in the text, pointing at <see cref="Footnote.Id"/>.</summary>
public sealed record FootnoteReference(string FootnoteId) : Inline;

/// <summary>A run in another language than its block's (an English name in Chinese text), like pandoc's Span with lang.</summary>
/// <param name="Language">BCP 47 tag of the run's language.</param>
public sealed record LanguageSpan(string Language, ValueList<Inline> Content) : Inline;
