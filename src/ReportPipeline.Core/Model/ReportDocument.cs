namespace ReportPipeline.Model;

/// <summary>
/// The one tree every reader produces and every writer consumes.
/// Footnote definitions are kept once here and referenced from the text by id; writers number them.
/// The tree checks its invariants when built (<see cref="TreeInvariants"/>): unique note ids, every reference
/// resolved, every span inside its table.
/// </summary>
public sealed record ReportDocument(
    Metadata Metadata,
    ValueList<Block> Blocks,
    ValueList<Footnote> Footnotes,
    ValueList<PageFurniture> Furniture,
    ValueList<Diagnostic> Diagnostics)
{
    /// <summary>Version of the tree's JSON form; bump it when the schema changes.</summary>
    public const string SchemaVersion = "1.3";

    private readonly bool invariantsHold = TreeInvariants.Check(Blocks, Footnotes);

    /// <summary>The images figures show, each kept once under the hash of its bytes.</summary>
    public ResourceStore Resources { get; init; } = ResourceStore.Empty;
}
