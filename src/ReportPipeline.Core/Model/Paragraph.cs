namespace ReportPipeline.Model;

/// <summary>A paragraph. <paramref name="Lead"/> is its lead sentence (bold in print); empty when it has none.</summary>
public sealed record Paragraph(ValueList<Inline> Lead, ValueList<Inline> Content, SourceSpan Source) : Block(Source)
{
    public bool HasLead => !Lead.IsEmpty;
}
