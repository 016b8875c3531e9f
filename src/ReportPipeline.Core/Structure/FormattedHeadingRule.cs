using System.Text.RegularExpressions;
using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>
/// Headings from formatting alone: a short paragraph set wholly in bold, with no number and no sentence end, followed by
/// body text, is an unnumbered heading ("Comments Invited"), unless a short plain value with a figure follows it as under a
/// form's label (<see cref="IsFieldValue"/>); so is a longer bold block the page sets apart (a heading
/// wrapped over lines, <see cref="ParagraphCandidate.SetApart"/>); a line without a letter (a bare number) never is, nor a
/// form's instruction to its reader ("PLEASE TYPE OR PRINT"), nor a box's title in angle brackets ("〈 추진근거 〉"). An italic line in title case the page sets apart is a side
/// heading (a handbook's "Elastic Stop Nut"). The guess is reported, since a bold line can be emphasis.
/// Runs after tables took their captions (a caption is often bold too). A document that states its headings itself
/// (heading styles, outline levels, h1–h6) has said which lines are headings: there a bold line stays a paragraph.
/// </summary>
internal static partial class FormattedHeadingRule
{
    /// <summary>A caption's label and number ("图4", "表 1", "Figure 2", "Fig. 3"): a bold caption is no heading.</summary>
    [GeneratedRegex(@"^(?:图|表|Figure|Fig\.|Table|Chart|Exhibit)\s*[0-9０-９]", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    /// <summary>An instruction to the reader of a form ("Please type or print", "Do not write in this space"): no heading.</summary>
    [GeneratedRegex(@"^(?:please|kindly|do not|don't|fill (?:in|out)|sign and|attach)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    public static List<Candidate> Apply(List<Candidate> flow, StructureOptions options, List<Diagnostic> diagnostics)
    {
        if (flow.Any(c => c is HeadingCandidate { Level: not null })) return flow;
        var result = new List<Candidate>(flow.Count);
        for (int i = 0; i < flow.Count; i++)
        {
            if (flow[i] is ParagraphCandidate { IsAllBold: true, Styled: false } p && IsHeadingLike(p.Text.Plain, p.SetApart, options)
                && i + 1 < flow.Count && flow[i + 1] is ParagraphCandidate or ListCandidate or TableCandidate or HeadingCandidate { Numbering: not null }
                && !IsFieldValue(flow[i + 1], options))
            {
                result.Add(new HeadingCandidate(null, p.Text, p.Source) { Look = p.Look });
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "heading-from-formatting",
                    $"took the bold line \"{p.Text.Plain}\" for a heading: it has no number", p.Source));
                continue;
            }
            if (flow[i] is ParagraphCandidate { Styled: false, SetApart: true, Text.Rich: [Emphasis] } e && IsSideHeading(e.Text.Plain, options)
                && i + 1 < flow.Count && flow[i + 1] is ParagraphCandidate or ListCandidate)
            {
                result.Add(new HeadingCandidate(null, e.Text, e.Source) { Look = e.Look });
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "heading-from-formatting",
                    $"took the italic line \"{e.Text.Plain}\" set apart for a heading: it has no number", e.Source));
                continue;
            }
            result.Add(flow[i]);
        }
        return result;
    }

    /// <summary>
    /// A short plain line holding a figure that neither ends a sentence nor stops at a clause's punctuation (an address
    /// under a name, a figure under a column's label): the bold line over it is an entry of a form or a table with its
    /// value, no heading over a section's text (a form's field label under a section line holds no figure).
    /// </summary>
    internal static bool IsFieldValue(Candidate next, StructureOptions options) =>
        next is ParagraphCandidate { IsAllBold: false } p && p.Text.Plain.Trim() is { Length: > 0 } text
        && text.Length <= options.MaxSetApartHeadingLength && text.Any(char.IsDigit) && !Sentences.EndsSentence(text)
        && Conventions.ReportConventions.ChapterBreakers.IndexOf(text[^1]) < 0;

    /// <summary>
    /// An italic side heading set apart on its own line: short, heading-like, in Latin letters, every word of four letters
    /// or more capitalised ("Elastic Stop Nut"), since an italic line is more often emphasis than a bold one.
    /// </summary>
    private static bool IsSideHeading(string text, StructureOptions options) =>
        IsHeadingLike(text, false, options) && !CjkText.IsMainlyChinese(text) && text.All(c => c < 0x0250)
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= 8 } words
        && words.All(w => w.Count(char.IsLetter) < 4 || char.IsUpper(w[0]));

    private static bool IsHeadingLike(string text, bool setApart, StructureOptions options) =>
        text.Length > 0 && (setApart ? text.Length <= (CjkText.IsMainlyChinese(text) ? 1 : options.LatinLengthFactor) * options.MaxSetApartHeadingLength
            : text.Length <= options.MaxFormattedHeadingLength && text.Length <= options.MaxHeadingLength) && !Sentences.EndsSentence(text)
        && !Sentences.ContinuesSentence(text)
        && text.Any(char.IsLetter) // a bare number ("3", "-220", "2020") is a value or a label, never a heading
        && !TitleBlockRecognizer.IsDateLine(text) // nor is a date ("December 1998" under a title)
        && Numbering.Match(text) is null && !text.Contains('。') && !CaptionLabel().IsMatch(text) && !Instruction().IsMatch(text)
        && !Conventions.ReportConventions.IsBracketedTitle(text) // a box's title ("〈 추진근거 〉") is no section
        && !FootnoteMarkers.IsCircled(text[0]); // nor an item numbered by a circled number ("② 민간 AI …")
}
