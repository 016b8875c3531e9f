using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Lead sentences: a Chinese report paragraph often opens with a short sentence that sums it up
/// ("经济运行稳中向好。"), set bold in print. It is short and has no clause punctuation, and more text follows.
/// Where the format kept the bold (Word, HTML, Markdown, PDF), a bold run that opens the paragraph and ends a
/// sentence is the lead, whatever its length; rich text without that bold has no lead.
/// </summary>
internal static class LeadSentenceRule
{
    public static int LeadLength(RecoveredText text, StructureOptions options)
    {
        if (ReportConventions.SalutationLength(text.Plain.TrimStart()) > 0) return 0; // "各位代表！…" opens with an address, not a lead
        if (text.Rich is null) return LeadLength(text.Plain, options);
        if (text.Rich is not [Strong bold, _, ..]) return 0;
        string lead = bold.Content.PlainText();
        return Sentences.EndsSentence(lead) && lead.Length < text.Length ? lead.Length : 0;
    }

    /// <summary>The length of the lead sentence opening <paramref name="text"/>, or 0 when there is none.</summary>
    public static int LeadLength(string text, StructureOptions options)
    {
        var first = Sentences.FirstChineseSentence(text)
            ?? (options.LeadSentencesInLatinText ? Sentences.FirstLatinSentence(text) : null);
        if (first is null || first.Length > options.MaxLeadSentenceLength || first.Length >= text.Trim().Length) return 0;
        if (Sentences.HasClausePunctuation(first)) return 0;
        if (!options.LeadSentencesInLatinText && !CjkText.IsMainlyChinese(first, options.HanWeight)) return 0;
        return first.Length;
    }
}
