using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// A document label set above the title on page 1 ("市九届人大六次" over "会议文件（十五）"): a label printed over two or
/// three short lines is one label. Lines above the title, flush with each other and set one under the next, in Chinese,
/// are joined into one paragraph; a line standing elsewhere (a number in a box at the right) stays apart.
/// </summary>
internal static class PdfDocumentLabel
{
    /// <param name="body">The flow's paragraphs, tables and figures with their positions in the flow.</param>
    /// <param name="title">The flow position of the title: items before it stand above it.</param>
    public static List<(int Position, PdfFlowItem Item)> Joined(List<(int Position, PdfFlowItem Item)> body, int title)
    {
        var result = new List<(int Position, PdfFlowItem Item)>(body.Count);
        foreach (var entry in body)
        {
            if (entry.Position < title && result.Count > 0 && result[^1].Position < title
                && result[^1].Item is PdfParagraph { Page: 1, Lines: [.., var above] } label && entry.Item is PdfParagraph { Page: 1, Lines: [var line] } next
                && Continues(above, line) && CjkText.IsMainlyChinese(label.Text) && CjkText.IsMainlyChinese(next.Text))
            {
                result[^1] = (result[^1].Position, label with { Text = label.Text + next.Text, Lines = [.. label.Lines, line] });
                continue;
            }
            result.Add(entry);
        }
        return result;
    }

    /// <summary>The next line of a label: flush with the line above (left edges within a size), within two sizes under it.</summary>
    private static bool Continues(PdfLine above, PdfLine line) =>
        Math.Abs(line.Left - above.Left) <= Math.Max(line.Size, above.Size)
        && above.Baseline - line.Baseline is > 0 and var pitch && pitch <= 2 * Math.Max(line.Size, above.Size);
}
