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
internal sealed record ParagraphCandidate(RecoveredText Text, SourceSpan Source, bool Styled = false, bool Bold = false) : Candidate(Source)
{
    public bool IsAllBold => Bold || Text.Rich is [Strong];
}

/// <param name="Level">A level the format stated (a heading style or outline level); null when found by numbering.</param>
internal sealed record HeadingCandidate(NumberingMatch? Numbering, RecoveredText Title, SourceSpan Source, int? Level = null) : Candidate(Source);

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

/// <param name="Id">The id the format gave the note (Word's w:id, a Markdown label); null to number it here.</param>
internal sealed record FootnoteCandidate(int Number, string Marker, RecoveredText Text, SourceSpan Source, string? Id = null) : Candidate(Source);

/// <summary>What a decoder hands to recovery.</summary>
/// <param name="Metadata">Metadata the format states (front matter, document properties); null to recover the title block.</param>
/// <param name="PageBreaks">The text may be cut by page breaks (extracted text): join the fragments.</param>
/// <param name="Diagnostics">Decisions the decoder took that could be wrong (a PDF's joins across pages).</param>
internal sealed record DecodedReport(IReadOnlyList<Candidate> Candidates, Metadata? Metadata, bool PageBreaks,
    IReadOnlyList<Diagnostic>? Diagnostics = null);
