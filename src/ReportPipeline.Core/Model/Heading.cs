namespace ReportPipeline.Model;

/// <summary>A chapter or section heading.</summary>
/// <param name="Level">1 for chapters, 2 for sections, and so on.</param>
/// <param name="Label">The numbering as written ("一、", "（一）", "1."), kept apart from the title; null when unnumbered.</param>
/// <param name="Title">The heading text without its numbering and without its closing stop.</param>
public sealed record Heading(int Level, string? Label, ValueList<Inline> Title, SourceSpan Source) : Block(Source)
{
    /// <summary>
    /// The full stop that closes the heading as printed ("（一）经济综合实力显著增强。正文…", a section line that ends with
    /// "。"), kept apart from the title: one edition of a report prints it and another leaves it out, and the title is
    /// the same in both. Writers print it after the title; null when the heading has none.
    /// </summary>
    public string? Stop { get; init; }

    /// <summary>The title's text as printed, its stop included.</summary>
    public string PrintedTitle => Title.PlainText() + Stop;
}
