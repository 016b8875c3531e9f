namespace ReportPipeline.Alignment;

/// <summary>The thresholds and priors of edition alignment. Every one has a default.</summary>
public sealed record AlignmentOptions
{
    public static readonly AlignmentOptions Default = new();

    /// <summary>Translation letters per original letter when too few headings pair to learn it (Chinese to English is about 2.5).</summary>
    public double DefaultLengthRatio { get; init; } = 2.5;

    /// <summary>Fewest paired headings from which the length ratio is learnt instead of taken from <see cref="DefaultLengthRatio"/>.</summary>
    public int MinimumHeadingsToLearnRatio { get; init; } = 3;

    /// <summary>Variance of a translation's length per original letter, in units of the ratio squared (Gale and Church measured 6.8 for close languages).</summary>
    public double LengthVariance { get; init; } = 6.8;

    /// <summary>How often each shape occurs: one paragraph for one is the rule, merges and omissions the exception.</summary>
    public double OneToOne { get; init; } = 0.89;
    public double OneToTwo { get; init; } = 0.0445;
    public double TwoToOne { get; init; } = 0.0445;
    public double OneToNone { get; init; } = 0.0105;
    public double NoneToOne { get; init; } = 0.0105;

    /// <summary>Also align the sentences inside each paragraph pair.</summary>
    public bool Sentences { get; init; }
}
