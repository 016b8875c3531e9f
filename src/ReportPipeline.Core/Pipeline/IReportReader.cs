using ReportPipeline.Model;

namespace ReportPipeline.Pipeline;

/// <summary>Reads one input format into the tree: a format decoder followed by the shared structure recovery.</summary>
public interface IReportReader
{
    /// <summary>File extensions this reader takes, with the dot, lower case.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <exception cref="Decoding.ReportReadException">The input is not a readable report.</exception>
    ReportDocument Read(byte[] content);

    /// <summary>Reads a file whose path is known, so images beside it (a page's, a Markdown file's) can be taken in.</summary>
    ReportDocument Read(byte[] content, string sourcePath) => Read(content);
}
