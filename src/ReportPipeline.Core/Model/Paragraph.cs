namespace ReportPipeline.Model;

/// <summary>A paragraph. <paramref name="Lead"/> is its lead sentence (bold in print); empty when it has none.</summary>
/// <param name="Role">What the paragraph does in the report; a salutation is set flush left and never has a lead.</param>
public sealed record Paragraph(ValueList<Inline> Lead, ValueList<Inline> Content, SourceSpan Source, ParagraphRole Role = ParagraphRole.Body) : Block(Source)
{
    public bool HasLead => !Lead.IsEmpty;
}

/// <summary>What a paragraph does in the report.</summary>
public enum ParagraphRole
{
    /// <summary>Body text, indented in print.</summary>
    Body,
    /// <summary>The address to the audience ("各位代表：", "各位代表！"), flush left.</summary>
    Salutation,
}
