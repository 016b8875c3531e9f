namespace ReportPipeline.Model;

/// <summary>A block of the report body. The set of leaves is closed: writers switch over it.</summary>
public abstract record Block(SourceSpan Source)
{
    /// <summary>BCP 47 tag of the block's language where it differs from the document's (<see cref="Metadata.Language"/>); null otherwise.</summary>
    public string? Language { get; init; }

    /// <summary>In a bilingual (中英对照) edition: this block translates the block just before it.</summary>
    public bool IsTranslation { get; init; }
}
