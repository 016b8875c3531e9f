using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// A Word document: Title/Subtitle styles and document properties for the title block, Heading 1–6 for the
/// outline, native footnotes, real tables with merged cells (gridSpan, vMerge) and a repeated header row,
/// bold lead sentences, East Asian fonts with zh-CN, A4 pages numbered in the footer.
/// </summary>
public sealed class DocxReportWriter : IReportWriter
{
    public string Format => "docx";

    public void Write(ReportDocument document, Stream output)
    {
        // The package needs a seekable stream; write through memory when the caller's is not.
        if (!output.CanSeek || !output.CanRead)
        {
            using var buffer = new MemoryStream();
            Write(document, buffer);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var meta = document.Metadata;
        SetProperties(package, meta);

        var main = package.AddMainDocumentPart();
        // Fixed relationship ids keep the output byte-stable for reviews and snapshot tests.
        main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = new Styles(DocxStyles.Styles(meta.Language));
        main.AddNewPart<DocumentSettingsPart>("rId2").Settings = new Settings(DocxStyles.Settings(meta.Language));
        var footnotesPart = main.AddNewPart<FootnotesPart>("rId3");
        footnotesPart.Footnotes = new Footnotes(DocxStyles.SeparatorFootnotes);
        var footer = main.AddNewPart<FooterPart>("rId4");
        footer.Footer = new Footer(DocxStyles.Footer(meta.Language));

        var body = new Body();
        var content = new DocxContent(document, footnotesPart.Footnotes, main);
        foreach (var paragraph in TitleBlock(meta)) body.Append(paragraph);
        foreach (var block in document.Blocks)
            foreach (var element in content.Render(block))
                body.Append(element);
        body.Append(PageSetup(main.GetIdOfPart(footer)));
        var wordDocument = new W.Document(body);
        DocxFigure.DeclareNamespaces(wordDocument);
        main.Document = wordDocument;
        main.AddNewPart<NumberingDefinitionsPart>("rId5").Numbering = new Numbering(DocxStyles.Numbering(content.OrderedListCount));
    }

    private static void SetProperties(WordprocessingDocument package, Metadata meta)
    {
        var properties = package.PackageProperties;
        properties.Title = meta.Title;
        properties.Subject = meta.Subtitle;
        properties.Creator = meta.Author;
        properties.Language = meta.Language;
        if (meta.Date is not null && DateTime.TryParse(meta.Date, out var date))
            properties.Created = DateTime.SpecifyKind(date, DateTimeKind.Utc);
    }

    private static IEnumerable<W.Paragraph> TitleBlock(Metadata meta)
    {
        if (meta.Title is not null) yield return DocxContent.StyledParagraph("Title", meta.Title);
        if (meta.Subtitle is not null) yield return DocxContent.StyledParagraph("Subtitle", meta.Subtitle);
        if (meta.Author is not null) yield return DocxContent.StyledParagraph("Author", meta.Author);
    }

    /// <summary>A4 portrait with the margins of Chinese official documents (GB/T 9704) and the numbered footer.</summary>
    private static SectionProperties PageSetup(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U });
}
