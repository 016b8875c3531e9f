using ReportPipeline.Model;

namespace ReportPipeline.Alignment;

/// <summary>Two editions of one report aligned: rows in reading order, and what could not be paired.</summary>
/// <param name="LengthRatio">Translation letters per original letter, learnt from the paired headings.</param>
/// <param name="Gaps">Sections of one edition with no counterpart in the other ("chapter missing").</param>
public sealed record EditionAlignment(
    ReportDocument Original, ReportDocument Translation, IReadOnlyList<AlignedPair> Rows, double LengthRatio, IReadOnlyList<string> Gaps)
{
    public IEnumerable<AlignedPair> Pairs => Rows.Where(r => r.IsPaired);

    public IEnumerable<AlignedPair> Unpaired => Rows.Where(r => !r.IsPaired);

    public IEnumerable<AlignedPair> Merges => Rows.Where(r => r.IsPaired && r.IsMerge);
}
