using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>
/// Headings by numbering: a numbered line that is short and holds no full sentence is a heading; a numbered
/// line whose first short sentence is followed by more text is a run-in title ("（一）标题。正文") split from
/// its paragraph; any other numbered line is a numbered paragraph.
/// </summary>
internal static class HeadingRule
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；'];

    public static IEnumerable<Candidate> Classify(ParagraphCandidate paragraph, StructureOptions options)
    {
        var numbering = Numbering.Match(paragraph.Text);
        if (numbering is null) return [paragraph];
        string rest = numbering.Rest;
        if (rest.Length <= options.MaxHeadingLength && rest.IndexOfAny(SentenceEnds) < 0 && !rest.EndsWith('.'))
            return [new HeadingCandidate(numbering, rest, paragraph.Source)];

        var first = Sentences.FirstChineseSentence(rest);
        if (first is not null && first.Length <= options.MaxRunInTitleLength && first.Length < rest.Length)
        {
            string title = first.TrimEnd('。', '！', '？');
            return
            [
                new HeadingCandidate(numbering, title, paragraph.Source),
                new ParagraphCandidate(rest[first.Length..].Trim(), paragraph.Source),
            ];
        }
        return [paragraph];
    }
}
