using ReportPipeline.Decoding;
using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>What a block of lines was recognised as, before it becomes a node of the tree.</summary>
internal abstract record Candidate(SourceSpan Source);

internal sealed record ParagraphCandidate(string Text, SourceSpan Source, LineHints? Hints = null) : Candidate(Source);

internal sealed record HeadingCandidate(NumberingMatch? Numbering, string Title, SourceSpan Source) : Candidate(Source);

internal sealed record TableRowsCandidate(IReadOnlyList<IReadOnlyList<string>> Rows, SourceSpan Source) : Candidate(Source)
{
    public int Width => Rows.Max(r => r.Count);
}

internal sealed record ListCandidate(bool Ordered, IReadOnlyList<string> Items, SourceSpan Source) : Candidate(Source);

internal sealed record FootnoteCandidate(int Number, string Marker, string Text, SourceSpan Source) : Candidate(Source);
