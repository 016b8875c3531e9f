using ReportPipeline.Model;

namespace ReportPipeline.Writers;

/// <summary>
/// A salutation ("各位代表：", "同志们！", "Dear colleagues:") as recovery marked it (<see cref="ParagraphRole.Salutation"/>,
/// by the conventions in <c>Structure/Conventions</c>). Print sets it flush left, without the body's indent.
/// </summary>
public static class Salutation
{
    public static bool Is(Paragraph paragraph) => paragraph.Role == ParagraphRole.Salutation;
}
