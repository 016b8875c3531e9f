namespace ReportPipeline.Structure;

/// <summary>The thresholds of structure recovery. <see cref="Default"/> suits government reports.</summary>
public sealed record StructureOptions
{
    public static readonly StructureOptions Default = new();

    /// <summary>A numbered line longer than this (after its label) is a numbered paragraph, not a heading.</summary>
    public int MaxHeadingLength { get; init; } = 60;

    /// <summary>
    /// Latin-script text spends more letters on the same words: heading, run-in title and caption lengths are
    /// multiplied by this for a phrase without clause punctuation (a title, not a sentence).
    /// </summary>
    public double LatinLengthFactor { get; init; } = 2.0;

    /// <summary>A length limit of <paramref name="limit"/> characters, stretched for a Latin-script phrase.</summary>
    public int LengthLimit(int limit, string text) =>
        CjkText.IsMainlyChinese(text) || Sentences.HasClausePunctuation(text) ? limit : (int)(limit * LatinLengthFactor);

    /// <summary>A run-in section title ("（一）标题。正文") is at most this long.</summary>
    public int MaxRunInTitleLength { get; init; } = 40;

    /// <summary>A lead sentence is at most this long and holds no clause punctuation.</summary>
    public int MaxLeadSentenceLength { get; init; } = 30;

    /// <summary>Recognise lead sentences in Latin-script paragraphs of plain text (off: English has no such convention).</summary>
    public bool LeadSentencesInLatinText { get; init; }

    /// <summary>A table caption is a line at most this long, without final punctuation, right before a table.</summary>
    public int MaxCaptionLength { get; init; } = 50;

    /// <summary>A paragraph shorter than this that does not end a sentence is a label, never a fragment to join.</summary>
    public int MinFragmentLength { get; init; } = 10;

    /// <summary>The title block is at most this many lines before the body starts.</summary>
    public int MaxTitleBlockLines { get; init; } = 6;

    /// <summary>The thresholds of the language stage (languages of blocks and spans, bilingual editions).</summary>
    public Languages.LanguageOptions Language { get; init; } = Languages.LanguageOptions.Default;
}
