namespace ReportPipeline.Structure;

/// <summary>
/// Lead sentences: a Chinese report paragraph often opens with a short sentence that sums it up
/// ("经济运行稳中向好。"), set bold in print. It is short and has no clause punctuation, and more text follows.
/// </summary>
internal static class LeadSentenceRule
{
    /// <summary>The length of the lead sentence opening <paramref name="text"/>, or 0 when there is none.</summary>
    public static int LeadLength(string text, StructureOptions options)
    {
        var first = Sentences.FirstChineseSentence(text)
            ?? (options.LeadSentencesInLatinText ? Sentences.FirstLatinSentence(text) : null);
        if (first is null || first.Length > options.MaxLeadSentenceLength || first.Length >= text.Trim().Length) return 0;
        if (Sentences.HasClausePunctuation(first)) return 0;
        if (!options.LeadSentencesInLatinText && !CjkText.IsMainlyChinese(first)) return 0;
        return first.Length;
    }
}
