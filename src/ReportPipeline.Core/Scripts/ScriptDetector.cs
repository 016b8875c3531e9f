namespace ReportPipeline.Scripts;

/// <summary>The script of a character, and the script mix of a text.</summary>
public static class ScriptDetector
{
    public static Script ScriptOf(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => Script.Latin,
        >= '\u00C0' and <= '\u024F' when c is not '×' and not '÷' => Script.Latin,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '〇' => Script.Han,
        >= '\u3041' and <= '\u309F' or >= '\u30A1' and <= '\u30FA' or >= '\u30FC' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF'
            or >= '\uFF66' and <= '\uFF9F' => Script.Kana,
        >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => Script.Hangul,
        _ => Script.Neutral,
    };

    /// <summary>True for a character of a CJK script (Han, kana, Hangul).</summary>
    public static bool IsCjk(char c) => ScriptOf(c) is Script.Han or Script.Kana or Script.Hangul;

    /// <summary>True for a Hangul syllable or jamo.</summary>
    public static bool IsHangul(char c) => ScriptOf(c) == Script.Hangul;

    public static ScriptCounts Count(string text)
    {
        int han = 0, kana = 0, hangul = 0, latin = 0;
        foreach (char c in text)
        {
            switch (ScriptOf(c))
            {
                case Script.Han: han++; break;
                case Script.Kana: kana++; break;
                case Script.Hangul: hangul++; break;
                case Script.Latin: latin++; break;
            }
        }
        return new ScriptCounts(han, kana, hangul, latin);
    }
}
