using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// A section title numbered by a glyph the text layer does not name: a boxed or circled number a Hancom or Word font
/// draws at a private-use code ("\uF000 개 요", "\uF000 추진배경 및 필요성"), the number itself not in the text. Such a
/// line, alone with space above it, holding a short title (letters, no sentence end, no number of its own) and set larger
/// than the text after it (<see cref="PdfParagraphOptions.GlyphTitleSizeRatio"/>), is a heading; the glyph, which no other font draws, is left out of its title. A private-use
/// bullet (Symbol's list bullet) opens an item at the size of the items around it, so it is never taken so.
/// </summary>
internal static class GlyphNumberedTitle
{
    /// <summary>Whether the paragraph at <paramref name="k"/> is such a title (its text, trimmed, opens with the glyph).</summary>
    public static bool Is(IReadOnlyList<(int Position, PdfFlowItem Item)> body, int k, StructureOptions options, PdfParagraphOptions layout)
    {
        if (body[k].Item is not PdfParagraph { Lines: [var line], SpaceAbove: true } paragraph) return false;
        string text = paragraph.Text.Trim();
        if (text.Length < 2 || !PdfGlyphForms.IsPrivateUse(text[..1])) return false;
        string title = text[1..].Trim();
        if (!title.Any(char.IsLetter) || title.Length > options.MaxHeadingLength || Sentences.EndsSentence(title)
            || Sentences.ContinuesSentence(title) || Numbering.Match(title) is not null || PdfGlyphForms.IsPrivateUse(title[..1]))
            return false;
        return k + 1 < body.Count && body[k + 1].Item is PdfParagraph { Lines: [var after, ..] } && line.Size >= after.Size * layout.GlyphTitleSizeRatio;
    }
}
