namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// The PDF reader's one hanging-indent rule: a line hangs under the text of an item's first line (it goes on with the
/// item, no indent of its own) when that first line opens with a bullet or a sequence label ("1.", "(2)", "가.", "•"),
/// and the line, opening with no label of its own, stands right of the first line's start (on its page or the next:
/// pages share their margins) by more
/// than <see cref="PdfParagraphOptions.AlignShare"/> of its size and by at most <see cref="PdfParagraphOptions.HangShare"/>
/// sizes; after a sequence label followed by a space, by at most the label's width as well
/// (<see cref="PdfParagraphOptions.LabelHangShare"/> sizes for each letter of the label and its space: "1. " hangs its
/// lines under the text, not an em further).
/// </summary>
internal static class HangingIndent
{
    public static bool Hangs(PdfLine opening, PdfLine line, PdfParagraphOptions o)
    {
        if (ReferenceEquals(opening, line) || !IsItemOpening(opening) || IsItemOpening(line)) return false;
        double hang = line.Left - opening.Left;
        if (hang <= line.Size * o.AlignShare || hang > line.Size * o.HangShare) return false;
        int label = SequenceLabel.Of(opening.Text) is null ? -1 : opening.Text.IndexOf(' ');
        return label <= 0 || hang <= (label + 1) * opening.Size * o.LabelHangShare;
    }

    /// <summary>A line opening with a bullet, a dash typed as one ("- ", as Korean reports set their third-level items),
    /// or a sequence label.</summary>
    public static bool IsItemOpening(PdfLine line) =>
        line.Text.Length > 0 && PdfLineBuilder.IsBullet(line.Text[0]) || IsDashItem(line.Text) || SequenceLabel.Of(line.Text) is not null;

    /// <summary>A hyphen or dash and a space opening a line: an item's bullet typed as a dash (never a minus, which a figure follows).</summary>
    private static bool IsDashItem(string text) => text.TrimStart() is ['-' or '–' or '－', ' ', var next, ..] && !char.IsWhiteSpace(next);
}
