using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>A letter's place as the page draws it: its text, the start of its baseline and its size.</summary>
internal readonly record struct PlacedLetter(string Value, double X, double Y, double Size);

/// <summary>
/// Chinese and Japanese set vertically (a gazette's columns read top to bottom, right to left) with upright glyphs: each
/// letter follows the one before one advance below it rather than beside it. Such a page is read turned a quarter, so that
/// its columns become lines (<see cref="PageFrame"/>); read as it stands, every line would take one character from each column.
/// </summary>
internal static class VerticalFlow
{
    /// <summary>Pairs of letters in drawing order that must show the flow before a page is judged vertical.</summary>
    private const int MinPairs = 20;

    /// <summary>
    /// Whether the CJK letters mostly follow each other downwards: at least <paramref name="share"/> of the pairs of
    /// consecutive CJK letters that stand one advance apart stand one above the other rather than side by side.
    /// </summary>
    public static bool Of(IReadOnlyList<PlacedLetter> letters, double share)
    {
        if (share <= 0) return false;
        int down = 0, across = 0;
        for (int i = 1; i < letters.Count; i++)
        {
            var (a, b) = (letters[i - 1], letters[i]);
            if (!IsCjk(a.Value) || !IsCjk(b.Value) || a.Size <= 0 || Math.Abs(a.Size - b.Size) > a.Size * 0.2) continue;
            double dx = b.X - a.X, dy = b.Y - a.Y, size = a.Size;
            if (Math.Abs(dx) <= size * 0.25 && -dy >= size * 0.4 && -dy <= size * 1.6) down++;
            else if (Math.Abs(dy) <= size * 0.25 && dx >= size * 0.4 && dx <= size * 1.6) across++;
        }
        return down >= MinPairs && down >= (down + across) * share;
    }

    /// <summary>Han, kana and full-width punctuation: the letters set in vertical columns.</summary>
    private static bool IsCjk(string value) => value.Length > 0 && (CjkText.IsWide(value[0]) || value[0] is >= '\u3040' and <= '\u30FF');
}
