using ReportPipeline.Model;

namespace ReportPipeline.Alignment;

/// <summary>
/// One side of an aligned pair: a heading, paragraph, list item, table, cell, note or sentence of one edition,
/// with where it is (source lines or page, and the section it belongs to).
/// </summary>
public sealed record AlignedUnit(UnitKind Kind, string Text, SourceSpan? Source, string Section)
{
    /// <summary>The heading, paragraph or table itself, for writers that render it whole.</summary>
    public Block? Block { get; init; }

    /// <summary>The inlines of a list item, note, caption, cell or title line.</summary>
    public ValueList<Inline> Content { get; init; } = ValueList<Inline>.Empty;

    /// <summary>For a note, the footnote's id in its edition.</summary>
    public string? FootnoteId { get; init; }

    /// <summary>Length used by the length-based alignment: letters and digits, spaces and punctuation left out.</summary>
    public int Length => Text.Count(char.IsLetterOrDigit);

    /// <summary>"line 19, 一、 一般公共预算执行情况" or "page 3, …" for reports.</summary>
    public string Location
    {
        get
        {
            string where = Source is null ? "" : Source.Page is { } page ? $"page {page}" : Source.ToString();
            return string.Join(", ", new[] { where, Section }.Where(s => s.Length > 0));
        }
    }
}
