using ReportPipeline.Scripts;

namespace ReportPipeline.Languages;

/// <summary>The language a script mix shows: Han alone is Chinese, kana makes it Japanese, Hangul Korean, Latin English.</summary>
public sealed class LanguageClassifier(LanguageOptions options)
{
    /// <summary>The language of most of the text by weight; null when the text has no letters.</summary>
    public string? Dominant(ScriptCounts counts)
    {
        if (counts.IsEmpty) return null;
        return counts.Cjk >= LatinWeight(counts) ? CjkLanguage(counts) : options.LatinTag;
    }

    /// <summary>
    /// The language of a block inside text in <paramref name="context"/>: another language only when it holds
    /// <see cref="LanguageOptions.BlockShare"/> of the weighted letters; the context when the block has no letters.
    /// </summary>
    public string BlockLanguage(ScriptCounts counts, string context)
    {
        if (counts.IsEmpty) return context;
        double cjk = counts.Cjk, latin = LatinWeight(counts), total = cjk + latin;
        if (LanguageTags.IsCjk(context))
        {
            if (latin / total >= options.BlockShare) return options.LatinTag;
            string own = CjkLanguage(counts);
            return !LanguageTags.SameFamily(own, context) && cjk / total >= options.BlockShare && Share(counts, own) >= options.BlockShare ? own : context;
        }
        return cjk / total >= options.BlockShare ? CjkLanguage(counts) : context;
    }

    /// <summary>Japanese when kana make <see cref="LanguageOptions.KanaShare"/> of the CJK letters, Korean likewise for Hangul, else Chinese.</summary>
    public string CjkLanguage(ScriptCounts counts)
    {
        if (counts.Cjk == 0) return options.ChineseTag;
        if ((double)counts.Hangul / counts.Cjk >= options.HangulShare) return "ko";
        if ((double)counts.Kana / counts.Cjk >= options.KanaShare) return "ja";
        return options.ChineseTag;
    }

    private double Share(ScriptCounts counts, string language) => LanguageTags.Family(language) switch
    {
        "ko" => (double)counts.Hangul / counts.Cjk,
        "ja" => (double)(counts.Kana + counts.Han) / counts.Cjk,
        _ => (double)counts.Han / counts.Cjk,
    };

    private double LatinWeight(ScriptCounts counts) => counts.Latin / options.LatinLettersPerCjkCharacter;
}
