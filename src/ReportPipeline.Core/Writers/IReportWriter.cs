using ReportPipeline.Model;

namespace ReportPipeline.Writers;

/// <summary>Renders the tree into one output format. Writers only render: they recognise nothing.</summary>
public interface IReportWriter
{
    /// <summary>The format's name on the command line and its file extension: "md", "html", "docx", "json".</summary>
    string Format { get; }

    void Write(ReportDocument document, Stream output);
}
