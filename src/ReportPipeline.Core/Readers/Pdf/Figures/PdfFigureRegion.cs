using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// A figure found on a page: its region (the picture or drawing with the labels around it) and, for a picture, the
/// image; a drawing made of paths has none (the product renders no vector graphics).
/// </summary>
internal sealed record PdfFigureRegion(int Page, PageBox Box, PdfPicture? Picture);
