namespace ReportPipeline.Model;

/// <summary>
/// A running header, footer, page number or margin line number, or the text of another document printed on the same
/// page: kept as a layer of the document, out of the text flow.
/// </summary>
public sealed record PageFurniture(FurnitureKind Kind, string Text, SourceSpan Source);

/// <summary>What a piece of furniture is.</summary>
public enum FurnitureKind
{
    Header,
    Footer,
    PageNumber,
    LineNumber,

    /// <summary>Text of another document on the report's page: in a gazette or a compiled volume, the end of the item printed
    /// before the report, above its title.</summary>
    OtherDocument,
}
