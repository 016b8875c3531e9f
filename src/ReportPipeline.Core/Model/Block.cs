namespace ReportPipeline.Model;

/// <summary>A block of the report body. The set of leaves is closed: writers switch over it.</summary>
public abstract record Block(SourceSpan Source);
