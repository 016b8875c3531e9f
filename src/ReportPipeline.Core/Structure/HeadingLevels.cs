namespace ReportPipeline.Structure;

/// <summary>
/// Heading levels by the order numbering schemes first appear: whatever a report numbers first is level 1
/// (第一章 in a budget report, 一、 in a plan report), the next scheme level 2, and so on.
/// </summary>
internal static class HeadingLevels
{
    public const int Deepest = 6;

    public static Dictionary<(NumberingStyle, int), int> Assign(IEnumerable<HeadingCandidate> headings)
    {
        var levels = new Dictionary<(NumberingStyle, int), int>();
        foreach (var heading in headings)
            if (heading.Numbering is { } n && !levels.ContainsKey(n.Key))
                levels[n.Key] = Math.Min(levels.Count + 1, Deepest);
        return levels;
    }
}
