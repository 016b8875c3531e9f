namespace ReportPipeline.Model;

/// <summary>A block of the report body. The set of leaves is closed: writers switch over it.</summary>
public abstract record Block
{
    /// <summary>Only this assembly defines blocks, so a writer's switch sees every kind.</summary>
    private protected Block(SourceSpan source) => Source = source;

    public SourceSpan Source { get; init; }
}
