using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// A drawn region of a page: the box of a cluster of paths (with the rulings of its axes) and the paths themselves, so
/// a region that turns out to hold sentences of the body can be cut at them into the drawings it chains together.
/// </summary>
internal sealed record PdfDrawing(PageBox Box, IReadOnlyList<PdfShape> Shapes);
