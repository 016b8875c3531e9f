using DocumentFormat.OpenXml.Packaging;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Structure;
using ReportPipeline.Writers;
using ReportPipeline.Writers.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

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

    /// <summary>The tree as the Word writer writes it, opened for reading (the caller disposes the package).</summary>
    public static WordprocessingDocument Docx(ReportDocument document) =>
        WordprocessingDocument.Open(new MemoryStream(Render(new DocxReportWriter(), document)), false);

    /// <summary>The paragraphs of a Word package's body, in order (tables' paragraphs not among them).</summary>
    public static List<W.Paragraph> BodyParagraphs(this WordprocessingDocument package) =>
        package.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();

    public static T Single<T>(this ReportDocument document) where T : Block => Assert.Single(document.Blocks.OfType<T>());
}
