using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Chapter lines without a number in plain text: "“十四五”时期工作回顾" or "结束语" alone on its line, a sentence ended
/// before it and the chapter's text after it. Such a line is a short phrase with no punctuation that ends or joins
/// clauses; it opens a part of its own (level 1, numbering inside it ranks anew below it), so "（一）" under it is a
/// section. The guess is reported with its line, since a short line can also be a fragment.
/// Only plain text: a format that states its headings or bolds them has said which lines are headings.
/// </summary>
internal static class UnnumberedChapterRule
{
    public static List<Candidate> Apply(List<Candidate> flow, StructureOptions options, List<Diagnostic> diagnostics)
    {
        if (options.MaxUnnumberedChapterLength <= 0 || flow.Any(c => c is HeadingCandidate { Level: not null })) return flow;
        var result = new List<Candidate>(flow.Count);
        for (int i = 0; i < flow.Count; i++)
        {
            if (flow[i] is ParagraphCandidate { Styled: false, Bold: false, Text.Rich: null } p && IsChapterLine(p.Text.Plain.Trim(), options)
                && EndsBefore(i > 0 ? flow[i - 1] : null) && OpensText(After(flow, i), options))
            {
                result.Add(new HeadingCandidate(null, p.Text.Trim(), p.Source, Part: true));
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "heading-from-shape",
                    $"took the line \"{p.Text.Plain.Trim()}\" for a chapter heading: it stands alone and has no number", p.Source));
                continue;
            }
            result.Add(flow[i]);
        }
        return result;
    }

    /// <summary>A short phrase of words, no number, no clause or sentence punctuation, not a caption, date or salutation.</summary>
    internal static bool IsChapterLine(string text, StructureOptions options) =>
        text.Length >= 2 && text.Length <= options.MaxUnnumberedChapterLength
        && text.Count(char.IsLetter) * 2 >= text.Length
        && text.IndexOfAny(ReportConventions.ChapterBreakers.ToCharArray()) < 0
        && Numbering.Match(text) is null && ReportConventions.MatchAppendix(text) is null
        && !ReportConventions.IsCaptionLabel(text) && !ReportConventions.IsNotesHeading(text) && !ReportConventions.IsGlossaryHeading(text)
        && !TitleBlockRecognizer.IsDateLine(text);

    /// <summary>What follows the line, past a salutation ("结束语" / "各位代表！" / the closing words).</summary>
    private static Candidate? After(List<Candidate> flow, int i)
    {
        int next = i + 1;
        while (next < flow.Count && flow[next] is ParagraphCandidate p && ReportConventions.IsSalutation(p.Text.Plain)) next++;
        return next < flow.Count ? flow[next] : null;
    }

    /// <summary>Before a chapter line the text has ended: a finished sentence, a heading or the start of the body.</summary>
    private static bool EndsBefore(Candidate? before) => before switch
    {
        null or HeadingCandidate or TableCandidate or TableRowsCandidate or ListCandidate or DefinitionListCandidate => true,
        ParagraphCandidate p => Sentences.EndsSentence(p.Text.Plain) || ReportConventions.IsSalutation(p.Text.Plain)
            || ReportConventions.IsCaptionLabel(p.Text.Plain),
        _ => false,
    };

    /// <summary>After it comes the chapter's text: a paragraph longer than a chapter line, or a numbered heading.</summary>
    private static bool OpensText(Candidate? after, StructureOptions options) => after switch
    {
        HeadingCandidate { Numbering: not null } => true,
        ParagraphCandidate p => p.Text.Plain.Trim().Length > options.MaxUnnumberedChapterLength
            || Numbering.Match(p.Text.Plain) is not null,
        _ => false,
    };
}
