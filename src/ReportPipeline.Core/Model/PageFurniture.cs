namespace ReportPipeline.Model;

/// <summary>A running header, footer, page number or margin line number: kept as a layer of the document, out of the text flow.</summary>
public sealed record PageFurniture(FurnitureKind Kind, string Text, SourceSpan Source);

public enum FurnitureKind { Header, Footer, PageNumber, LineNumber }
