namespace ReportPipeline.Model;

/// <summary>A chapter or section heading.</summary>
/// <param name="Level">1 for chapters, 2 for sections, and so on.</param>
/// <param name="Label">The numbering as written ("一、", "（一）", "1."), kept apart from the title; null when unnumbered.</param>
/// <param name="Title">The heading text without its numbering.</param>
public sealed record Heading(int Level, string? Label, ValueList<Inline> Title, SourceSpan Source) : Block(Source);
