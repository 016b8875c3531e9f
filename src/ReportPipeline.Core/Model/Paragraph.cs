namespace ReportPipeline.Model;

/// <summary>A paragraph. <paramref name="Lead"/> is its lead sentence (bold in print); empty when it has none.</summary>
/// <param name="Role">What the paragraph does in the report; a salutation is set flush left and never has a lead.</param>
public sealed record Paragraph(ValueList<Inline> Lead, ValueList<Inline> Content, SourceSpan Source, ParagraphRole Role = ParagraphRole.Body) : Block(Source)
{
    public bool HasLead => !Lead.IsEmpty;

    public bool IsDocumentLabel => Role == ParagraphRole.DocumentLabel;
}

/// <summary>What a paragraph does in the report.</summary>
public enum ParagraphRole
{
    /// <summary>Body text, indented in print.</summary>
    Body,
    /// <summary>The address to the audience ("各位代表：", "各位代表！"), flush left.</summary>
    Salutation,
    /// <summary>
    /// A label the page prints above the title block ("市六届人大四次会议文件（十）", a journal's line over an article's
    /// title): the document's first blocks, never with a lead; writers print it before the title.
    /// </summary>
    DocumentLabel,
}
