using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// A figure found on a page: its region (the pictures or drawing with the labels around them) and its pictures in
/// reading order: one, several shown together under one caption, or none for a drawing made of paths (the product
/// renders no vector graphics).
/// </summary>
internal sealed record PdfFigureRegion(int Page, PageBox Box, IReadOnlyList<PdfPicture> Pictures)
{
    /// <summary>The title the figure sets inside its region (<see cref="ChartTitle"/>): its caption when no caption stands by it.</summary>
    public IReadOnlyList<PdfTextRun> Title { get; init; } = [];
}
