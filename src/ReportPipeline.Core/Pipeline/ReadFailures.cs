using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using ReportPipeline.Decoding;

namespace ReportPipeline.Pipeline;

/// <summary>
/// Refusals the libraries under the readers make in their own words (an XML parser meeting a DTD, a PDF parser at its
/// nesting limit, Markdig at its depth limit), put in plain words. Anything else is a bug of ours, not bad input.
/// </summary>
public static class ReadFailures
{
    /// <summary>The plain-words refusal for a library exception, or null when it is not a known refusal.</summary>
    public static ReportReadException? Explain(Exception e) => e switch
    {
        ReportReadException read => read,
        AggregateException { InnerExceptions.Count: 1 } one => Explain(one.InnerExceptions[0]),
        XmlException x when x.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) =>
            new ReportReadException("the document declares a DTD, which is refused (entities could read files or expand without end)", e),
        XmlException x => new ReportReadException($"the document's XML is not well formed ({FirstLine(x.Message)})", e),
        OpenXmlPackageException or InvalidDataException => new ReportReadException($"the Word package is damaged ({FirstLine(e.Message)})", e),
        UglyToad.PdfPig.Core.PdfDocumentStackDepthException => new ReportReadException("the PDF nests arrays or dictionaries too deeply", e),
        UglyToad.PdfPig.Core.PdfDocumentFormatException
            or UglyToad.PdfPig.Fonts.CorruptCompressedDataException or UglyToad.PdfPig.Fonts.InvalidFontFormatException =>
            new ReportReadException($"the PDF is damaged ({FirstLine(e.Message)})", e),
        InsufficientExecutionStackException => new ReportReadException("the document nests its elements too deeply", e),
        ArgumentException a when a.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase) =>
            new ReportReadException("the Markdown nests quotes, lists or emphasis too deeply", e),
        DecoderFallbackException => new ReportReadException("the text holds bytes invalid in its encoding", e),
        OutOfMemoryException => new ReportReadException("the document is too large to convert in the memory available", e),
        _ => null,
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
