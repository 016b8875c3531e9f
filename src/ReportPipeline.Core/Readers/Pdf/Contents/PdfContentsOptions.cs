namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of <see cref="ContentsListDetector"/>.</summary>
/// <param name="MinEntries">A contents list has at least this many entries ending in a page number.</param>
/// <param name="LeaderShare">Without a "目录"/"Contents" title over it, this share of the entries must have dot leaders.</param>
/// <param name="MaxWrappedRows">An entry's title may wrap over this many rows before the row with its page number.</param>
/// <param name="OrderedShare">This share of consecutive entries must have non-decreasing page numbers.</param>
internal sealed record PdfContentsOptions(int MinEntries = 3, double LeaderShare = 0.5, int MaxWrappedRows = 2, double OrderedShare = 0.8)
{
    public static readonly PdfContentsOptions Default = new();
}
