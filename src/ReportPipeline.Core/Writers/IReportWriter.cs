using ReportPipeline.Model;

namespace ReportPipeline.Writers;

/// <summary>Renders the tree into one output format. Writers only render: they recognise nothing.</summary>
public interface IReportWriter
{
    /// <summary>The format's name on the command line and its file extension: "md", "html", "docx", "json".</summary>
    string Format { get; }

    void Write(ReportDocument document, Stream output);

    /// <summary>Writes with images linked as <paramref name="resources"/> says; formats that hold their images themselves ignore it.</summary>
    void Write(ReportDocument document, Stream output, ResourceLinks resources) => Write(document, output);

    /// <summary>Whether the output points at image files beside it rather than holding the images.</summary>
    bool LinksResources => false;
}
