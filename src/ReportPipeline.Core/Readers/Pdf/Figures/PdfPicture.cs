using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// An image drawn on a page: where it stands (in the reading frame), its size in samples, and its bytes as a file
/// (a JPEG's own stream, anything else as PNG), or why they could not be had.
/// </summary>
/// <param name="Fingerprint">Hash of the image's stream as stored in the PDF: the same logo on every page has one fingerprint.</param>
/// <param name="Decode">Gives the file's bytes and media type, or the reason there are none; run only for pictures that are figures.</param>
internal sealed record PdfPicture(PageBox Box, int Width, int Height, string Fingerprint, Func<PdfPictureFile> Decode);

/// <summary>An image's bytes as a file, or the reason it could not be decoded.</summary>
internal sealed record PdfPictureFile(byte[]? Bytes, string? MediaType, string? Problem);

/// <summary>
/// A drawn path on a page outside the thin rulings, summarised: its box and how many of its segments are curves or
/// slanted lines (the marks of a chart or a diagram, which tables and text boxes seldom draw).
/// </summary>
internal sealed record PdfShape(PageBox Box, int Marks)
{
    /// <summary>The filled rectangles the path draws (one a subpath): a bar chart's bars, or a table's shaded cells.</summary>
    public IReadOnlyList<PageBox> Bars { get; init; } = [];
}
