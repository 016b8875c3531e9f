using ReportPipeline.Model;

namespace ReportPipeline.Pipeline;

/// <summary>Reads one input format into the tree: a format decoder followed by the shared structure recovery.</summary>
public interface IReportReader
{
    /// <summary>File extensions this reader takes, with the dot, lower case.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <exception cref="Decoding.ReportReadException">The input is not a readable report.</exception>
    ReportDocument Read(byte[] content);
}
