namespace ReportPipeline.Model;

/// <summary>A bulleted or numbered list. Each item is a run of inlines.</summary>
public sealed record ListBlock(bool Ordered, ValueList<ListItem> Items, SourceSpan Source) : Block(Source);

public sealed record ListItem(ValueList<Inline> Content);
