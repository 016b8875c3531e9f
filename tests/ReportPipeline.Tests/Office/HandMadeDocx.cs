using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace ReportPipeline.Tests.Office;

/// <summary>Small Word documents written by hand in tests: the body's XML, and optionally the numbering and styles parts.</summary>
public static class HandMadeDocx
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";

    public static byte[] Create(string bodyXml, string? numberingXml = null, string? stylesXml = null, Action<MainDocumentPart>? more = null)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            Feed(main, $"<w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>");
            if (numberingXml is not null) Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{numberingXml}</w:numbering>");
            if (stylesXml is not null) Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{stylesXml}</w:styles>");
            more?.Invoke(main);
        }
        return stream.ToArray();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }

    public static string P(string text, string? style = null, int? numId = null, int level = 0) =>
        "<w:p><w:pPr>" + (style is null ? "" : $"<w:pStyle w:val=\"{style}\"/>")
        + (numId is null ? "" : $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>")
        + $"</w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";
}
