namespace ReportPipeline.Structure;

/// <summary>
/// Heading levels by the order numbering schemes first appear: whatever a report numbers first is level 1
/// (第一章 in a budget report, 一、 in a plan report), the next scheme level 2, and so on; headings known by their
/// bold alone rank as one more scheme.
/// </summary>
internal static class HeadingLevels
{
    public const int Deepest = 6;

    /// <summary>The scheme a heading ranks by: its numbering, or <see cref="NumberingStyle.None"/> without one.</summary>
    public static (NumberingStyle, int) KeyOf(HeadingCandidate heading) => heading.Numbering?.Key ?? (NumberingStyle.None, 1);

    public static Dictionary<(NumberingStyle, int), int> Assign(IEnumerable<HeadingCandidate> headings)
    {
        var levels = new Dictionary<(NumberingStyle, int), int>();
        foreach (var key in headings.Select(KeyOf))
            if (!levels.ContainsKey(key))
                levels[key] = Math.Min(levels.Count + 1, Deepest);
        return levels;
    }
}
