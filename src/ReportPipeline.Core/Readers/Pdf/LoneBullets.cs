namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// A bullet drawn apart from its item's text (set at a tab stop, so the line builder reads it as a line of its own)
/// joins the line it stands level with, just right of it: "•" and "higher correlation levels…" on one baseline are the
/// item "• higher correlation levels…". The reading order may put the bullet before or after that line.
/// </summary>
internal static class LoneBullets
{
    /// <summary>The flow with each lone bullet joined to the line of its item (within <see cref="PdfParagraphOptions.HangShare"/>
    /// sizes to its right, on its baseline, in its column), and left out where it stood.</summary>
    public static List<PdfFlowItem> Attach(List<PdfFlowItem> items, PdfParagraphOptions o)
    {
        var result = new List<PdfFlowItem>(items);
        for (int i = 0; i < result.Count; i++)
        {
            if (result[i] is not FlowLine { Line: var bullet } || !IsLone(bullet)) continue;
            int item = -1;
            for (int j = Math.Max(0, i - 2); j <= Math.Min(result.Count - 1, i + 2); j++)
                if (j != i && result[j] is FlowLine { Line: var text } && Beside(bullet, text, o)) { item = j; break; }
            if (item < 0) continue;
            var line = ((FlowLine)result[item]).Line;
            var styles = line.Styles is null ? null : (IReadOnlyList<PdfCharStyle>)[PdfCharStyle.None, PdfCharStyle.None, .. line.Styles];
            result[item] = new FlowLine(line with { Text = bullet.Text.Trim() + " " + line.Text, Left = bullet.Left, Styles = styles });
            result.RemoveAt(i);
            i--;
        }
        return result;
    }

    private static bool IsLone(PdfLine line) => line.Text.Trim() is [var c] && PdfLineBuilder.IsBullet(c);

    private static bool Beside(PdfLine bullet, PdfLine text, PdfParagraphOptions o) =>
        text.Page == bullet.Page && text.Column == bullet.Column && !IsLone(text) && text.Text.Length > 0
        && Math.Abs(text.Baseline - bullet.Baseline) <= bullet.Size * o.AlignShare
        && text.Left > bullet.Right && text.Left - bullet.Left <= bullet.Size * o.HangShare;
}
