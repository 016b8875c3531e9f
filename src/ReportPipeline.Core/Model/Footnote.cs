namespace ReportPipeline.Model;

/// <summary>A footnote definition, kept once in the document.</summary>
/// <param name="Id">Stable id that references point at.</param>
/// <param name="Marker">The marker as the source wrote it ("¹", "①", "[1]").</param>
public sealed record Footnote(string Id, string Marker, ValueList<Inline> Content, SourceSpan Source)
{
    /// <summary>BCP 47 tag of the note's language where it differs from the document's; null otherwise.</summary>
    public string? Language { get; init; }
}
