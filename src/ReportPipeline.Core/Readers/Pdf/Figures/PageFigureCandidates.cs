using ReportPipeline.Model;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// What of a page could be a figure, found once before the document's facts are known: its pictures big enough and
/// outside the margin bands, and its drawn regions. A page with none reads on at once; the others wait for the facts
/// (which pictures repeat on pages, the body and largest text sizes) and are judged from these same candidates.
/// </summary>
internal sealed record PageFigureCandidates(List<PdfPicture> Pictures, List<PdfDrawing> Drawings)
{
    public bool Any => Pictures.Count > 0 || Drawings.Count > 0;
}
