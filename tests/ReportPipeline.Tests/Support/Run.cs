using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Structure;
using ReportPipeline.Writers;

namespace ReportPipeline.Tests.Support;

/// <summary>Small helpers to run the pipeline in tests.</summary>
public static class Run
{
    /// <summary>Recovers the tree of a hand-made plain-text input.</summary>
    public static ReportDocument FromText(string text, StructureOptions? options = null) =>
        StructureRecovery.Recover(TextDecoder.SplitLines(text), options);

    public static ReportDocument Fixture(string name) => ReportConverter.Read(Repo.Fixture(name));

    public static byte[] Render(IReportWriter writer, ReportDocument document)
    {
        using var stream = new MemoryStream();
        writer.Write(document, stream);
        return stream.ToArray();
    }

    public static string RenderText(IReportWriter writer, ReportDocument document) =>
        System.Text.Encoding.UTF8.GetString(Render(writer, document));

    public static T Single<T>(this ReportDocument document) where T : Block => Assert.Single(document.Blocks.OfType<T>());
}
