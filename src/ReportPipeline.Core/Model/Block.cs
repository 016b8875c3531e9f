namespace ReportPipeline.Model;

/// <summary>A block of the report body. The set of leaves is closed: writers switch over it.</summary>
public abstract record Block
{
    /// <summary>Only this assembly defines blocks, so a writer's switch sees every kind.</summary>
    private protected Block(SourceSpan source) => Source = source;

    public SourceSpan Source { get; init; }

    /// <summary>BCP 47 tag of the block's language where it differs from the document's (<see cref="Metadata.Language"/>); null otherwise.</summary>
    public string? Language { get; init; }

    /// <summary>In a bilingual (中英对照) edition: this block translates the block just before it.</summary>
    public bool IsTranslation { get; init; }
}
