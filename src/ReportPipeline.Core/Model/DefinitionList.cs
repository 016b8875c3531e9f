namespace ReportPipeline.Model;

/// <summary>A glossary (名词解释): terms with their definitions, in the order the report gives them.</summary>
public sealed record DefinitionList(ValueList<DefinitionItem> Items, SourceSpan Source) : Block(Source);

/// <summary>One glossary entry: the term ("“四上”企业") without its number or colon, and its definition.</summary>
public sealed record DefinitionItem(ValueList<Inline> Term, ValueList<Inline> Definition);
