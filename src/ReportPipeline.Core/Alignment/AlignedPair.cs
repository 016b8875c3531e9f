namespace ReportPipeline.Alignment;

/// <summary>
/// A row of the alignment: units of the original and their translation. One side is empty for what could not be
/// paired; two units on a side are a merge (a paragraph translated as two, or two as one).
/// </summary>
/// <param name="Confidence">0–1: 1 for pairs found by structure (numbering, note numbers); from the length model otherwise.</param>
/// <param name="Sentences">Sentence pairs inside a paragraph pair, when asked for.</param>
public sealed record AlignedPair(UnitKind Kind, IReadOnlyList<AlignedUnit> Original, IReadOnlyList<AlignedUnit> Translation, double Confidence)
{
    public IReadOnlyList<AlignedPair> Sentences { get; init; } = [];

    public bool IsPaired => Original.Count > 0 && Translation.Count > 0;

    public bool IsMerge => Original.Count > 1 || Translation.Count > 1;

    /// <summary>"1:1", "2:1", "1:0"…</summary>
    public string Shape => $"{Original.Count}:{Translation.Count}";
}
