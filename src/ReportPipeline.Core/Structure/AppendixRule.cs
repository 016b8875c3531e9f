using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Appendices ("附件1" with its title on the next line, "附件：…", "附表2 …", "Annex A") open a part of their own: a
/// level-1 heading, under which numbering ranks anew. A glossary heading right after the label is the appendix's title.
/// An appendix label with no title line is kept as a heading and reported.
/// </summary>
internal static class AppendixRule
{
    public static List<Candidate> Apply(List<Candidate> flow, StructureOptions options, List<Diagnostic> diagnostics)
    {
        var result = new List<Candidate>(flow.Count);
        for (int i = 0; i < flow.Count; i++)
        {
            if (flow[i] is not ParagraphCandidate { Styled: false } p || ReportConventions.MatchAppendix(p.Text.Plain) is not { } appendix
                || i + 1 < flow.Count && flow[i + 1] is TableRowsCandidate or TableCandidate)
            {
                result.Add(flow[i]);
                continue;
            }
            var (label, title) = appendix;
            if (title.Length > 0)
            {
                result.Add(new HeadingCandidate(null, RecoveredText.FromPlain(title), p.Source, Part: true, PartLabel: label));
                continue;
            }
            var next = i + 1 < flow.Count ? flow[i + 1] : null;
            if (next is HeadingCandidate { Part: true, Numbering: null } glossary)
            {
                result.Add(glossary with { PartLabel = label, Source = p.Source.Through(glossary.Source) });
                i++;
            }
            else if (next is ParagraphCandidate { Styled: false } line && IsTitle(line.Text.Plain, options))
            {
                result.Add(new HeadingCandidate(null, line.Text.Trim(), p.Source.Through(line.Source), Part: true, PartLabel: label));
                i++;
            }
            else
            {
                result.Add(new HeadingCandidate(null, RecoveredText.FromPlain(""), p.Source, Part: true, PartLabel: label));
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "appendix-without-title",
                    $"appendix \"{label}\" has no title line after it", p.Source));
            }
        }
        return result;
    }

    private static bool IsTitle(string text, StructureOptions options)
    {
        string t = text.Trim();
        return t.Length is > 0 && t.Length <= options.MaxHeadingLength && !Sentences.EndsSentence(t) && !t.Contains('。')
            && Numbering.Match(t) is null;
    }
}
