using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.PlainText;

/// <summary>Plain-text reports: decode the bytes into lines, then recover the structure.</summary>
public sealed class TextReportReader(StructureOptions? options = null) : IReportReader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    public ReportDocument Read(byte[] content) => StructureRecovery.Recover(TextDecoder.Decode(content), options);
}
