using ReportPipeline.Model;
using ReportPipeline.Scripts;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// A section title set plainly on a line of its own, in a document that sets no paragraph in bold (a bill's "제안이유 및
/// 주요내용", minutes' "의사일정", "電線関係"): where nothing is bold, a title is told by where it stands. It is a short phrase of CJK, Hangul or kana words
/// (no number, no sentence or clause punctuation: <see cref="UnnumberedChapterRule.IsChapterLine"/>), not centred, with space above it,
/// and the section's text comes right after it: a contents list the reader left out of the body right under it, or a
/// paragraph longer than such a phrase, or a numbered line.
/// </summary>
internal static class PlainSectionTitle
{
    /// <summary>A contents list "right under" a line starts within this many of the line's sizes below its baseline.</summary>
    private const double ContentsReach = 3;

    /// <summary>Whether no paragraph set at the body's size is wholly bold (a title set larger may be): only then is a plain
    /// line looked at as a title.</summary>
    /// <param name="displayRatio">Text set at least this many times <paramref name="bodySize"/> is display text (<see cref="PdfParagraphOptions.DisplaySizeRatio"/>).</param>
    public static bool BoldsNothing(IEnumerable<(int Position, PdfFlowItem Item)> body, double bodySize, double displayRatio) =>
        !body.Any(b => b.Item is PdfParagraph { Bold: true, Lines: [_, ..] lines } && lines.Max(l => l.Size) < bodySize * displayRatio);

    /// <summary>Letters of CJK, Hangul or kana only: Latin typesetting marks its titles by weight or size, and a plain
    /// short Latin line alone (an affiliation, a name, "where" under a formula) is seldom one.</summary>
    internal static bool IsCjkPhrase(string text) =>
        text.Any(char.IsLetter) && text.All(c => !char.IsLetter(c) || ScriptDetector.IsHangul(c) || CjkText.IsHan(c) || PdfLineJoiner.IsKana(c));

    /// <param name="contents">Where the reader found contents lists (left out of the body).</param>
    /// <param name="geometry">The body's columns: a line centred in its column (a byline under a title, a picture's caption)
    /// is no such title (within <see cref="PdfParagraphOptions.DisplayCentreShare"/> of its size).</param>
    public static bool Is(IReadOnlyList<(int Position, PdfFlowItem Item)> body, int k, IReadOnlyList<SourceSpan> contents, StructureOptions options,
        BodyGeometry? geometry, PdfParagraphOptions layout)
    {
        if (body[k].Item is not PdfParagraph { Lines: [var line], SpaceAbove: true, Bold: false } paragraph) return false;
        if (geometry?.Of(line) is var (left, right) && Math.Abs((line.Left - left) - (right - line.Right)) < line.Size * layout.DisplayCentreShare) return false;
        string text = paragraph.Text.Trim();
        if (!IsCjkPhrase(text) || !UnnumberedChapterRule.IsChapterLine(text, options) || Sentences.EndsSentence(text) || SequenceLabel.Of(text) is not null)
            return false;
        if (contents.Any(c => c.Page == line.Page && c.Box is { } box && box.Top < line.Baseline && line.Baseline - box.Top <= line.Size * ContentsReach))
            return true;
        return k + 1 < body.Count && body[k + 1].Item is PdfParagraph next && next.Text.Trim() is var after
            && (after.Length > options.MaxUnnumberedChapterLength || SequenceLabel.Of(after) is not null || Numbering.Match(after) is not null);
    }
}
