namespace ReportPipeline.Languages;

/// <summary>BCP 47 tags compared by what matters here: the writing system's language family.</summary>
public static class LanguageTags
{
    /// <summary>"zh", "ja", "ko", or "latin" for any other tag (English, French…); "" for none.</summary>
    public static string Family(string? tag)
    {
        if (string.IsNullOrEmpty(tag)) return "";
        string primary = tag.Split('-', '_')[0].ToLowerInvariant();
        return primary is "zh" or "ja" or "ko" ? primary : "latin";
    }

    public static bool SameFamily(string? a, string? b) => Family(a) == Family(b) && Family(a) != "";

    public static bool IsCjk(string? tag) => Family(tag) is "zh" or "ja" or "ko";
}
