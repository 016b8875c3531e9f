using ReportPipeline.Model;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// Column widths from content, as a browser lays out an automatic table: each column asks for its longest cell (a CJK
/// character counts two half-widths, a capital Latin letter one and a half, other characters one); columns asking less
/// than a fair share get what they ask, and of the others the shorter are kept whole while the longest keeps room for a
/// few characters and wraps, so short columns never wrap because a long one took the room.
/// </summary>
internal static class DocxColumnWidths
{
    /// <summary>Fewest half-widths a column asks for, so an empty or one-digit column stays readable.</summary>
    public const double MinHalfWidths = 4;

    /// <summary>Left plus right cell margin of the table styles, in twips.</summary>
    public const int CellMargins = 216;

    /// <summary>Fewest half-widths left for a column whose text must wrap (six CJK characters).</summary>
    public const double MinWrappedHalfWidths = 12;

    /// <summary>Half-widths of slack a column gets beyond its longest cell, for borders and glyphs wider than their nominal width.</summary>
    public const int SlackHalfWidths = 2;

    /// <param name="halfWidth">Twips of one half-width character in the table's type (10 × its size in half-points).</param>
    public static int[] Of(TableGrid grid, int textWidth, int halfWidth)
    {
        int n = grid.ColumnCount;
        var need = new int[n];
        for (int c = 0; c < n; c++)
        {
            double most = MinHalfWidths;
            for (int r = 0; r < grid.RowCount; r++)
                if (grid[r, c] is { IsOrigin: true } slot && slot.Cell.ColumnSpan == 1)
                    most = Math.Max(most, HalfWidths(slot.Cell.Content.PlainText()));
            need[c] = (int)Math.Ceiling((most + SlackHalfWidths) * halfWidth) + CellMargins;
        }
        var widths = new int[n];
        var open = Enumerable.Range(0, n).ToList();
        int left = textWidth;
        while (open.Count > 0)
        {
            int fair = left / open.Count;
            var modest = open.Where(c => need[c] <= fair).ToList();
            if (modest.Count == 0)
            {
                // The shorter of the long columns are kept whole while the others can still hold a few characters; the longest wraps.
                var byNeed = open.OrderBy(c => need[c]).ToList();
                int minimum = (int)(MinWrappedHalfWidths * halfWidth) + CellMargins;
                for (int i = 0; i < byNeed.Count; i++)
                {
                    int after = byNeed.Count - i - 1;
                    widths[byNeed[i]] = after == 0 ? left : Math.Max(Math.Min(need[byNeed[i]], left - after * minimum), left / (after + 1));
                    left -= widths[byNeed[i]];
                }
                break;
            }
            foreach (int c in modest) { widths[c] = need[c]; left -= need[c]; open.Remove(c); }
        }
        // What the columns did not ask for is shared in proportion to what they asked.
        int spare = textWidth - widths.Sum();
        if (spare > 0 && n > 0)
        {
            int total = widths.Sum();
            for (int c = 0; c < n; c++) widths[c] += (int)((long)spare * widths[c] / Math.Max(1, total));
            widths[^1] += textWidth - widths.Sum();
        }
        return widths;
    }

    /// <summary>Display width in half-widths: 2 for a wide (CJK) character, 1.5 for a capital Latin letter, 1 otherwise; the widest line counts.</summary>
    public static double HalfWidths(string text) =>
        text.Split('\n').Max(line => line.Sum(c => char.IsLowSurrogate(c) ? 0 : c >= '\u1100' ? 2 : c is >= 'A' and <= 'Z' or 'm' or 'w' ? 1.5 : 1));
}
