using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Lead sentences on their own line: "履职尽责抓落实。" alone, its paragraph on the next line. Inside a section (after a
/// heading), a paragraph that is one short sentence ending with "。", not numbered and not a salutation, followed by a
/// longer unnumbered paragraph, becomes that paragraph's lead. Where the format kept formatting, only a wholly bold
/// line qualifies.
/// </summary>
internal static class StandaloneLeadRule
{
    public static List<Candidate> Apply(List<Candidate> flow, StructureOptions options)
    {
        var result = new List<Candidate>(flow.Count);
        bool inSection = false;
        for (int i = 0; i < flow.Count; i++)
        {
            if (flow[i] is HeadingCandidate) inSection = true;
            if (inSection && flow[i] is ParagraphCandidate lead && IsStandaloneLead(lead, options)
                && i + 1 < flow.Count && flow[i + 1] is ParagraphCandidate { Styled: false, LeadLength: null } body
                && IsBodyOf(lead, body, options)
                && Numbering.Match(body.Text.Plain) is null && ReportConventions.SalutationLength(body.Text.Plain) == 0)
            {
                var leadText = lead.Text.Trim();
                result.Add(body with { Text = leadText.Join(body.Text.Trim()), LeadLength = leadText.Length, Source = lead.Source.Through(body.Source) });
                i++;
                continue;
            }
            result.Add(flow[i]);
        }
        return result;
    }

    /// <summary>
    /// The paragraph a lead heads is longer than it; one short sentence after another is a lead only when at least twice
    /// as long (two short lines in a row are more often items of a series than a lead and its text). A lead and its
    /// paragraph are in one language: a Chinese line followed by an English one is an original and its translation.
    /// </summary>
    private static bool IsBodyOf(ParagraphCandidate lead, ParagraphCandidate body, StructureOptions options)
    {
        int leadLength = lead.Text.Plain.Trim().Length, bodyLength = body.Text.Plain.Trim().Length;
        return bodyLength > leadLength && (!IsStandaloneLead(body, options) || bodyLength >= 2 * leadLength)
            && CjkText.IsMainlyChinese(body.Text.Plain, options.HanWeight);
    }

    private static bool IsStandaloneLead(ParagraphCandidate paragraph, StructureOptions options)
    {
        if (paragraph.Styled || paragraph.LeadLength is not null || paragraph.Text.Rich is not null && !paragraph.IsAllBold) return false;
        string text = paragraph.Text.Plain.Trim();
        if (text.Length == 0 || text.Length > options.MaxStandaloneLeadLength || Numbering.Match(text) is not null
            || ReportConventions.SalutationLength(text) > 0) return false;
        var first = Sentences.FirstChineseSentence(text);
        return first is not null && first.Length == text.Length && first.TrimEnd(ReportConventions.Closers.ToCharArray()).EndsWith('。');
    }
}
