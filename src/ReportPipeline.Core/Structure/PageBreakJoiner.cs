using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Joins the two halves of a paragraph that a page break (and often a footnote zone) cut apart: a paragraph
/// that does not end a sentence continues in the next paragraph. Every join is reported, since it could be wrong.
/// </summary>
internal static class PageBreakJoiner
{
    public static List<Candidate> Join(List<Candidate> flow, StructureOptions options, List<Diagnostic> diagnostics)
    {
        var result = new List<Candidate>(flow.Count);
        foreach (var candidate in flow)
        {
            if (candidate is ParagraphCandidate next && result.Count > 0 && result[^1] is ParagraphCandidate fragment
                && IsFragment(fragment.Text.Plain, options) && Continues(fragment.Text.Plain, next.Text.Plain)
                && !ReportConventions.IsSalutation(next.Text.Plain)) // an address starts afresh, whatever came before it
            {
                result[^1] = fragment with
                {
                    Text = fragment.Text.Join(next.Text),
                    Source = fragment.Source.Through(next.Source),
                };
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "joined-across-break",
                    $"joined a paragraph broken at line {fragment.Source.EndLine} with its continuation at line {next.Source.StartLine}",
                    fragment.Source.Through(next.Source)));
                continue;
            }
            result.Add(candidate);
        }
        return result;
    }

    /// <summary>A paragraph that stops mid-sentence, long enough not to be a label or an unnumbered heading.</summary>
    public static bool IsFragment(string text, StructureOptions options) =>
        text.Length >= options.MinFragmentLength && !Sentences.EndsSentence(text)
        && !ReportConventions.IsCaptionLabel(text); // "表1 …" alone: a caption whose table is a picture, not half a sentence

    /// <summary>
    /// Chinese text continues whatever follows, and Chinese text cut after a Latin name continues in Han text; Latin
    /// text continues when the next part starts in lower case or the first part ends with a comma or hyphen (an
    /// English line before a Chinese paragraph, as in a bilingual edition, is not cut from it).
    /// </summary>
    public static bool Continues(string fragment, string next)
    {
        char last = fragment.TrimEnd()[^1];
        if (CjkText.IsWide(last) || (CjkText.IsHan(next.TrimStart().FirstOrDefault()) && CjkText.IsMainlyChinese(fragment))) return true;
        char first = next.TrimStart().FirstOrDefault();
        return char.IsLower(first) || char.IsDigit(first) || last is ',' or '-';
    }
}
