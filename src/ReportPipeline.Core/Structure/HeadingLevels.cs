namespace ReportPipeline.Structure;

/// <summary>
/// Heading levels by the order numbering schemes first appear: whatever a report numbers first is level 1
/// (第一章 in a budget report, 一、 in a plan report), the next scheme level 2, and so on; headings known by their
/// bold alone rank as one more scheme, or, where the layout told how each is set, one more scheme per look
/// (<see cref="HeadingLook"/>). A part of its own (an appendix, a glossary) is level 1, and the schemes inside it
/// rank anew from level 2, so "一、" restarting in an appendix nests under the appendix.
/// </summary>
internal static class HeadingLevels
{
    public const int Deepest = 6;

    /// <summary>The scheme a heading ranks by: its numbering, or <see cref="NumberingStyle.None"/> without one.</summary>
    public static (NumberingStyle, int) KeyOf(HeadingCandidate heading) => heading.Numbering?.Key ?? (NumberingStyle.None, 1);

    /// <summary>What a heading ranks by: its scheme, or for an unnumbered heading of a known look, that look.</summary>
    private static object RankOf(HeadingCandidate heading) => heading.Numbering is null && heading.Look is { } look ? look : KeyOf(heading);

    /// <summary>The level of each heading found by numbering (those with a stated level keep it), in document order.</summary>
    public static Dictionary<HeadingCandidate, int> Assign(IEnumerable<HeadingCandidate> headings)
    {
        var result = new Dictionary<HeadingCandidate, int>(ReferenceEqualityComparer.Instance);
        var levels = new Dictionary<object, int>();
        int top = 0;
        foreach (var heading in headings)
        {
            if (heading.Part)
            {
                result[heading] = heading.Level ?? 1;
                levels.Clear();
                top = result[heading];
                continue;
            }
            if (heading.Level is int stated) { result[heading] = stated; continue; }
            var key = RankOf(heading);
            if (!levels.TryGetValue(key, out int level)) levels[key] = level = Math.Min(top + levels.Count + 1, Deepest);
            result[heading] = level;
        }
        return result;
    }
}
