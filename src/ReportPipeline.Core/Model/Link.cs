namespace ReportPipeline.Model;

/// <summary>
/// A hyperlink. <paramref name="Target"/> is an external address as written ("https://…", "mailto:…") or, for a
/// place in the same report, "#" followed by the anchor of a heading (<see cref="Heading.Anchor"/>) or the id of a note.
/// </summary>
public sealed record Link(string Target, ValueList<Inline> Content) : Inline
{
    public bool IsInternal => Target.StartsWith('#');

    /// <summary>The anchor or note id an internal link points at; null for an external link.</summary>
    public string? InternalTarget => IsInternal ? Target[1..] : null;
}
