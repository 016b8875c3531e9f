using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>
/// A block as a decoder hands it to recovery, or as recovery has recognised it: the blocks-with-layout-hints
/// stage between decoding and the tree. Plain-text decoders start from lines (see <see cref="BlockClassifier"/>);
/// Word, HTML and Markdown decoders build these directly with what their format states outright.
/// </summary>
internal abstract record Candidate(SourceSpan Source);

/// <param name="Styled">The format marked it as body text; no numbering rule may turn it into a heading.</param>
/// <param name="Bold">The layout set the whole paragraph bold (rich text says so itself).</param>
/// <param name="LeadLength">A lead already decided (a lead that stood on its own line); null to look for one.</param>
/// <param name="Role">A role already decided (a salutation); null to decide it from the text.</param>
internal sealed record ParagraphCandidate(RecoveredText Text, SourceSpan Source, bool Styled = false, bool Bold = false,
    int? LeadLength = null, ParagraphRole? Role = null) : Candidate(Source)
{
    public bool IsAllBold => Bold || Text.Rich is [Strong];

    /// <summary>The page sets the paragraph apart as a block of its own: space above it, or a column's top, and regular text
    /// after it (a PDF's wrapped bold heading). See <see cref="StructureOptions.MaxSetApartHeadingLength"/>.</summary>
    public bool SetApart { get; init; }

    /// <summary>How the layout sets the paragraph (size, capitals, italic, indent), where it says: a heading found by its
    /// formatting ranks by it (see <see cref="HeadingLook"/>).</summary>
    public HeadingLook? Look { get; init; }
}

/// <param name="Level">A level the format stated (a heading style or outline level); null when found by numbering.</param>
/// <param name="Part">The heading opens a part of its own (an appendix, a glossary): level 1, and numbering inside it ranks
/// anew below it.</param>
/// <param name="PartLabel">The label of such a part as written ("附件1"); numbering labels are in <paramref name="Numbering"/>.</param>
internal sealed record HeadingCandidate(NumberingMatch? Numbering, RecoveredText Title, SourceSpan Source, int? Level = null,
    bool Part = false, string? PartLabel = null) : Candidate(Source)
{
    public string? Label => Numbering?.Label ?? PartLabel;

    /// <summary>How the layout set an unnumbered heading found by its formatting: headings of one look share a level.</summary>
    public HeadingLook? Look { get; init; }

    /// <summary>
    /// A heading a format stated, its label taken apart from its title: a numbering label ("一、"), or an appendix
    /// label ("附件1 …", "Annex 1 …"), which makes the heading open a part of its own.
    /// </summary>
    public static HeadingCandidate Stated(RecoveredText title, SourceSpan source, int level)
    {
        if (Structure.Numbering.Match(title.Plain) is { } numbering)
            return new HeadingCandidate(numbering, title.Slice(numbering.RestStart).Trim(), source, level);
        if (Conventions.ReportConventions.MatchAppendix(title.Plain) is var (label, rest) && rest.Length > 0)
            return new HeadingCandidate(null, title.Slice(title.Plain.LastIndexOf(rest, StringComparison.Ordinal)).Trim(), source, level,
                Part: true, PartLabel: label);
        return new HeadingCandidate(null, title, source, level);
    }
}

/// <summary>Tab-separated rows of a plain-text table, before spans are recovered.</summary>
internal sealed record TableRowsCandidate(IReadOnlyList<IReadOnlyList<string>> Rows, SourceSpan Source) : Candidate(Source)
{
    public int Width => Rows.Max(r => r.Count);
}

/// <summary>A table with its cells and spans known.</summary>
internal sealed record TableCandidate(RecoveredText? Caption, IReadOnlyList<IReadOnlyList<RawCell>> Header,
    IReadOnlyList<IReadOnlyList<RawCell>> Body, SourceSpan Source) : Candidate(Source);

internal sealed record RawCell(RecoveredText Text, int RowSpan = 1, int ColumnSpan = 1);

internal sealed record ListCandidate(bool Ordered, IReadOnlyList<RecoveredText> Items, SourceSpan Source) : Candidate(Source);

/// <summary>A glossary's entries: term and definition each.</summary>
internal sealed record DefinitionListCandidate(IReadOnlyList<(RecoveredText Term, RecoveredText Definition)> Items, SourceSpan Source) : Candidate(Source);

/// <param name="Id">The id the format gave the note (Word's w:id, a Markdown label); null to number it here.</param>
internal sealed record FootnoteCandidate(int Number, string Marker, RecoveredText Text, SourceSpan Source, string? Id = null) : Candidate(Source);

/// <summary>Pictures under one caption as the format placed them, their images already in the document's resources.</summary>
internal sealed record FigureCandidate(ValueList<FigureImage> Images, RecoveredText? Caption, SourceSpan Source) : Candidate(Source)
{
    /// <summary>A figure of one picture (none when <paramref name="image"/> is empty).</summary>
    public FigureCandidate(string image, string altText, RecoveredText? caption, ImageSize? size, SourceSpan source)
        : this(image.Length == 0 ? ValueList<FigureImage>.Empty : [new FigureImage(image, altText, size)], caption, source) { }
}

/// <summary>What a decoder hands to recovery.</summary>
/// <param name="Metadata">Metadata the format states (front matter, document properties); null to recover the title block.</param>
/// <param name="PageBreaks">The text may be cut by page breaks (extracted text, PDF): join the fragments.</param>
/// <param name="Diagnostics">What the decoder or the line classifier already reported (a PDF's joins across pages).</param>
/// <param name="NotesZones">The notes headings the text has, where notes without a reference stay in the body.</param>
/// <param name="Furniture">Furniture the decoder set aside from the flow (another document's text on the report's page).</param>
internal sealed record DecodedReport(IReadOnlyList<Candidate> Candidates, Metadata? Metadata, bool PageBreaks,
    IReadOnlyList<Diagnostic>? Diagnostics = null, IReadOnlyList<NotesZone>? NotesZones = null, IReadOnlyList<PageFurniture>? Furniture = null);
