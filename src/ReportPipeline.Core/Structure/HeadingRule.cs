using System.Text.RegularExpressions;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Headings by numbering: a numbered line that is short and holds no full sentence is a heading; a numbered
/// line whose first short sentence is followed by more text is a run-in title ("（一）标题。正文") split from
/// its paragraph; any other numbered line is a numbered paragraph.
/// </summary>
internal static partial class HeadingRule
{
    /// <summary>A rest opening with two decimal figures standing apart ("32.88 80.86 …"): a row of figures.</summary>
    [GeneratedRegex(@"^[-+]?\d+[.,]\d+%?\s+[-+]?\d+[.,]\d+")]
    private static partial Regex FigureFirst();

    private static readonly char[] SentenceEnds = ReportConventions.HeadingBreakers.ToCharArray();

    public static IEnumerable<Candidate> Classify(ParagraphCandidate paragraph, StructureOptions options)
    {
        var numbering = paragraph.Styled ? null : Numbering.Match(paragraph.Text.Plain);
        if (numbering is null) return [paragraph];
        var rest = paragraph.Text.Slice(numbering.RestStart).Trim();
        // A heading says something: numbers after a number ("23.6  24.1", "7.18 32.88 80.86 涨幅", a table's or chart's
        // row read as text) are no title.
        if (rest.Length > 0 && (!rest.Plain.Any(char.IsLetter) || FigureFirst().IsMatch(rest.Plain))) return [paragraph];
        if (rest.Length <= options.LengthLimit(options.MaxHeadingLength, rest.Plain) && rest.Plain.IndexOfAny(SentenceEnds) < 0 && !rest.Plain.EndsWith('.')
            && !Sentences.ContinuesSentence(rest.Plain))
            return [new HeadingCandidate(numbering, rest, paragraph.Source)];

        // A Latin run-in title ("1. Tax revenue. The three…") is a short phrase: no clause punctuation in it.
        var first = Sentences.FirstChineseSentence(rest.Plain)
            ?? (Sentences.FirstLatinSentence(rest.Plain) is { } latin && !Sentences.HasClausePunctuation(latin) ? latin : null);
        if (first is not null && first.Length <= options.LengthLimit(options.MaxRunInTitleLength, first) && first.Length < rest.Length)
        {
            // The title keeps its closing punctuation: recovery sets a full stop apart from it (Heading.Stop).
            return
            [
                new HeadingCandidate(numbering, rest.Slice(0, first.Length), paragraph.Source),
                new ParagraphCandidate(rest.Slice(first.Length).Trim(), paragraph.Source),
            ];
        }
        return [paragraph];
    }
}
