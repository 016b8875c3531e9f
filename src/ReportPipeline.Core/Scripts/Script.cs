namespace ReportPipeline.Scripts;

/// <summary>The writing systems that tell a report's languages apart. Digits, units, spaces and punctuation are <see cref="Neutral"/>.</summary>
public enum Script
{
    Neutral,
    Han,
    /// <summary>Hiragana and katakana: only Japanese uses them.</summary>
    Kana,
    Hangul,
    Latin,
}
