namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Whether a document marks where its paragraphs end by more than a short line: a gap above the next paragraph or an
/// indent of its first line. Typesetters that set narrow columns ragged balance their lines (Adobe's paragraph
/// composer), so a line may end short although the next word would have fit; where every clear paragraph end is marked,
/// a line that ends only a little short is no paragraph end (<see cref="PdfParagraphOptions.MarkedShortShare"/>).
/// </summary>
internal static class ParagraphMarks
{
    /// <summary>
    /// At least <see cref="PdfParagraphOptions.MarkedMinEnds"/> clear paragraph ends (a line finishing a sentence more than
    /// <see cref="PdfParagraphOptions.MarkedShortShare"/> of its column's measure short, followed in the same column by a
    /// line of its size and weight), and at least <see cref="PdfParagraphOptions.MarkedShare"/> of them followed by a gap
    /// wider than the line pitch or an indent.
    /// </summary>
    public static bool Marked(IReadOnlyList<PdfLine> lines, BodyGeometry body, PdfParagraphOptions o)
    {
        int ends = 0, marked = 0;
        for (int i = 1; i < lines.Count; i++)
        {
            PdfLine a = lines[i - 1], b = lines[i];
            if (a.Page != b.Page || a.Column != b.Column || Math.Abs(a.Size - b.Size) > 0.6 || Math.Abs(a.Size - body.Size) > 0.6 || a.Bold != b.Bold || b.Text.Length == 0) continue;
            var (left, right) = body.Of(a);
            if (!Structure.Sentences.EndsSentence(a.Text) || a.Right > right - (right - left) * o.MarkedShortShare) continue;
            if (PdfLineBuilder.IsBullet(b.Text[0])) continue;
            ends++;
            bool gap = a.Baseline - b.Baseline > body.Pitch * o.GapRatio * Math.Max(1, b.Size / body.Size);
            bool indent = b.Left > body.Of(b).Left + b.Size * o.SentenceIndentShare;
            if (gap || indent) marked++;
        }
        return ends >= o.MarkedMinEnds && marked >= ends * o.MarkedShare;
    }
}
