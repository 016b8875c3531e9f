namespace ReportPipeline.Languages;

/// <summary>Thresholds of language detection by script. Every one has a default; change them for an odd corpus.</summary>
public sealed record LanguageOptions
{
    public static readonly LanguageOptions Default = new();

    /// <summary>Latin letters that weigh as much as one CJK character (an English word of about six letters says what two Han characters say).</summary>
    public double LatinLettersPerCjkCharacter { get; init; } = 3.0;

    /// <summary>Share of the weighted letters a block needs in another script to be a block in that language ("mostly Latin").</summary>
    public double BlockShare { get; init; } = 0.7;

    /// <summary>Latin words in a row, inside CJK text, that make an English span ("World Bank"); a lone word or acronym stays as it is.</summary>
    public int MinimumSpanWords { get; init; } = 2;

    /// <summary>CJK characters in a row, inside English text, that make a span in that language.</summary>
    public int MinimumSpanCjkCharacters { get; init; } = 2;

    /// <summary>Share of kana among CJK characters from which a text is Japanese.</summary>
    public double KanaShare { get; init; } = 0.05;

    /// <summary>Share of Hangul among CJK characters from which a text is Korean.</summary>
    public double HangulShare { get; init; } = 0.3;

    /// <summary>The tag given to Han text; a reader's own Chinese tag (zh-TW, zh-HK) is kept when it states one.</summary>
    public string ChineseTag { get; init; } = "zh-CN";

    /// <summary>The tag given to Latin-script text; a reader's own Latin-script tag (en-GB, fr) is kept.</summary>
    public string LatinTag { get; init; } = "en";

    /// <summary>Share of a document's blocks that must come in translation pairs for it to be a bilingual (中英对照) edition.</summary>
    public double InterleavedShare { get; init; } = 0.6;

    /// <summary>Fewest translation pairs that make a bilingual edition.</summary>
    public int MinimumInterleavedPairs { get; init; } = 3;

    /// <summary>Longest paragraph (in characters) after a heading that can be that heading's translation in a bilingual edition.</summary>
    public int MaximumTranslatedHeadingLength { get; init; } = 100;
}
