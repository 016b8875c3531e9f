using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Section lines that end with a full stop: "（一）久久为功推动粤港澳大湾区建设，打造…城市群。" alone on its line, the
/// section's text in the paragraphs after it. A numbered paragraph that is one short sentence, followed by text that
/// is not numbered the same way (and not preceded by one), is a heading; a run of such sentences is a numbered list.
/// The heading keeps its full stop, as the page prints it.
/// </summary>
internal static class SectionLineRule
{
    public static List<Candidate> Apply(List<Candidate> flow, StructureOptions options)
    {
        var result = new List<Candidate>(flow.Count);
        for (int i = 0; i < flow.Count; i++)
        {
            if (flow[i] is ParagraphCandidate { Styled: false } p && Numbering.Match(p.Text.Plain) is { } numbering
                && SentenceTitleLength(p.Text.Plain[numbering.RestStart..], options) is int length and > 0
                && i + 1 < flow.Count && flow[i + 1] is ParagraphCandidate next && !SameScheme(next, numbering)
                && !(i > 0 && flow[i - 1] is ParagraphCandidate before && SameScheme(before, numbering)))
            {
                var rest = p.Text.Slice(numbering.RestStart).Trim();
                result.Add(new HeadingCandidate(numbering, rest.Slice(0, length), p.Source));
                continue;
            }
            result.Add(flow[i]);
        }
        return result;
    }

    /// <summary>The length of the title, its full stop kept, when <paramref name="rest"/> is one short sentence; else 0.</summary>
    internal static int SentenceTitleLength(string rest, StructureOptions options)
    {
        string text = rest.Trim();
        if (text.Length == 0 || text.Length > options.MaxHeadingLength) return 0;
        var first = Sentences.FirstChineseSentence(text);
        if (first is null || first.Length != text.Length || !first.TrimEnd(ReportConventions.Closers.ToCharArray()).EndsWith('。')) return 0;
        return text.Length;
    }

    private static bool SameScheme(ParagraphCandidate paragraph, NumberingMatch numbering) =>
        !paragraph.Styled && Numbering.Match(paragraph.Text.Plain)?.Key == numbering.Key;
}
