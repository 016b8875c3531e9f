namespace ReportPipeline.Model;

/// <summary>
/// A named place in the text that internal <see cref="Link"/>s point at (a Word bookmark, an HTML id). It has no
/// width; like a footnote reference it stays with the text before it, so a heading's anchor ends its title.
/// </summary>
public sealed record Anchor(string Name) : Inline;
