using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Glossaries in formats that hand over whole paragraphs (Word, HTML without a dl): under a heading that names a
/// glossary ("名词解释", "Glossary"), paragraphs of the form "term：definition" (the number, if any, dropped), or a
/// "term：" paragraph followed by its definition, become one definition list. Plain text is handled line by line in
/// <see cref="BlockClassifier"/>.
/// </summary>
internal static class GlossaryRule
{
    public static List<Candidate> Apply(List<Candidate> flow, StructureOptions options)
    {
        var result = new List<Candidate>(flow.Count);
        for (int i = 0; i < flow.Count; i++)
        {
            // A glossary heading a rich format gave as a plain paragraph opens a part of its own.
            var candidate = flow[i] is ParagraphCandidate { Styled: false } line && ReportConventions.IsGlossaryHeading(line.Text.Plain)
                ? new HeadingCandidate(null, line.Text.Trim(), line.Source, Part: true)
                : flow[i];
            result.Add(candidate);
            if (candidate is not HeadingCandidate heading || !ReportConventions.IsGlossaryHeading(heading.Title.Plain)) continue;
            var items = new List<(RecoveredText Term, RecoveredText Definition)>();
            int j = i + 1;
            var start = j < flow.Count ? flow[j].Source : heading.Source;
            var end = start;
            while (j < flow.Count && flow[j] is ParagraphCandidate p && Entry(p.Text, options) is var (term, definition))
            {
                end = p.Source;
                if (definition.IsEmpty && j + 1 < flow.Count && flow[j + 1] is ParagraphCandidate next && Entry(next.Text, options) is null)
                {
                    definition = next.Text.Trim();
                    end = next.Source;
                    j++;
                }
                items.Add((term, definition));
                j++;
            }
            if (items.Count == 0) continue;
            result.Add(new DefinitionListCandidate(items, start.Through(end)));
            i = j - 1;
        }
        return result;
    }

    /// <summary>A paragraph as a glossary entry: its term and its definition (empty when it follows), or null.</summary>
    private static (RecoveredText Term, RecoveredText Definition)? Entry(RecoveredText text, StructureOptions options)
    {
        if (GlossaryEntries.Parse(text.Plain, options) is not var (term, definition)) return null;
        int termStart = text.Plain.IndexOf(term, StringComparison.Ordinal);
        int definitionStart = definition.Length > 0 ? text.Plain.LastIndexOf(definition, StringComparison.Ordinal) : text.Length;
        return (text.Slice(termStart, termStart + term.Length).Trim(), text.Slice(definitionStart).Trim());
    }
}
