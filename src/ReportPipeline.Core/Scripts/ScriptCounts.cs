namespace ReportPipeline.Scripts;

/// <summary>How many letters of each script a text holds; digits and punctuation are not counted.</summary>
public readonly record struct ScriptCounts(int Han, int Kana, int Hangul, int Latin)
{
    public int Cjk => Han + Kana + Hangul;

    public bool IsEmpty => Cjk + Latin == 0;

    public static ScriptCounts operator +(ScriptCounts a, ScriptCounts b) =>
        new(a.Han + b.Han, a.Kana + b.Kana, a.Hangul + b.Hangul, a.Latin + b.Latin);
}
