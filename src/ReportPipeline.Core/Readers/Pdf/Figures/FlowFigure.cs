using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>A figure in the page flow: its region, its images in the document's resources with their displayed sizes
/// (none for a drawing or pictures that could not be decoded) and its caption paragraph.</summary>
internal sealed record FlowFigure(PdfFigureRegion Region, ValueList<FigureImage> Images, PdfParagraph? Caption = null) : PdfFlowItem(Region.Page);
