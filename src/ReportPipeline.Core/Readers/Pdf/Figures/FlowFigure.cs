using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>A figure in the page flow: its region, its image in the document's resources (none for a drawing or an
/// image that could not be decoded), its displayed size and its caption paragraph.</summary>
internal sealed record FlowFigure(PdfFigureRegion Region, string? Image, ImageSize Size, PdfParagraph? Caption = null) : PdfFlowItem(Region.Page);
