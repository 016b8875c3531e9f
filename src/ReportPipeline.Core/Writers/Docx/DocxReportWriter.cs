using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// A Word document: Title/Subtitle styles and document properties for the title block, Heading 1–6 for the
/// outline, native footnotes, real tables with merged cells (gridSpan, vMerge) and a repeated header row,
/// bold lead sentences, East Asian fonts with zh-CN, A4 pages numbered in the footer. Chinese reports take the
/// official-document layout (<see cref="GongwenStyles"/>), others the English house style; a
/// <see cref="ReferenceDocx"/> replaces either with an office's own styles, page setup and footers.
/// </summary>
public sealed class DocxReportWriter(ReferenceDocx? reference = null) : IReportWriter
{
    public string Format => "docx";

    public void Write(ReportDocument document, Stream output) =>
        DocxPackage.Write(output, Properties(document.Metadata), (main, streamed) => Fill(main, document, streamed));

    /// <summary>
    /// The body and the notes are written element by element as the blocks are rendered (<see cref="DocxStreamedPart"/>):
    /// a report of 100,000 notes is never a tree of Word elements in memory.
    /// </summary>
    private void Fill(MainDocumentPart main, ReportDocument document, List<DocxStreamedPart> streamed)
    {
        var meta = document.Metadata;
        var house = DocxHouseStyle.For(meta.Language);
        if (reference is not null) house = house with { Page = reference.Page ?? house.Page };

        // Fixed relationship ids keep the output byte-stable for reviews and snapshot tests.
        var footnotesPart = DocxPackage.AddCommonParts(main, new Styles(reference?.Styles(house) ?? house.Styles()),
            DocxStyles.Settings(meta.Language, reference?.EvenAndOddHeaders ?? house.EvenFooter is not null),
            new Fonts(reference?.FontTable ?? DocxFonts.FontTable()));
        reference?.CopyTheme(main);

        var root = new W.Document();
        DocxFigure.DeclareNamespaces(root);
        var body = new DocxStreamedPart(main, root, DocxRootNamespaces.DeclaredBelow(root, document.InlineRuns().SelectMany(r => r.Descendants())));
        streamed.Add(body);
        body.Open(new Body());
        var notes = new DocxNotes(footnotesPart, streamed, document.Footnotes.SelectMany(f => f.Content.Descendants()));
        var content = new DocxContent(document, notes.Add, house, reference?.FirstFreeNumId ?? 1, main);
        int labels = DocumentLabels.CountOf(document); // printed above the title, as on the page
        foreach (var block in document.Blocks.Take(labels))
            foreach (var element in content.Render(block))
                body.Write(element);
        foreach (var paragraph in TitleBlock(meta)) body.Write(paragraph);
        foreach (var block in document.Blocks.Skip(labels))
            foreach (var element in content.Render(block))
                body.Write(element);
        foreach (var note in content.UnreferencedNotes()) body.Write(note);
        body.Write(reference?.PageSetup(main) ?? PageSetup(main, house));
        main.AddNewPart<NumberingDefinitionsPart>("rId5").Numbering =
            new Numbering(reference?.Numbering(content.OrderedListCount) ?? DocxStyles.Numbering(content.OrderedListCount));
    }

    /// <summary>The report's own title, subtitle, author, language and date (never the date of the run).</summary>
    private static DocxCoreProperties Properties(Metadata meta) =>
        new(meta.Title, meta.Subtitle, meta.Author, meta.Language,
            meta.Date is not null && DateTime.TryParse(meta.Date, System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : null);

    private static IEnumerable<W.Paragraph> TitleBlock(Metadata meta)
    {
        if (meta.Title is not null) yield return DocxContent.StyledParagraph("Title", meta.Title);
        if (meta.Subtitle is not null) yield return DocxContent.StyledParagraph("Subtitle", meta.Subtitle);
        if (meta.Author is not null) yield return DocxContent.StyledParagraph("Author", meta.Author);
    }

    /// <summary>The house's page, grid and page-number footers (odd and even ones where the house has both).</summary>
    private static SectionProperties PageSetup(MainDocumentPart main, DocxHouseStyle house)
    {
        var odd = main.AddNewPart<FooterPart>("rId4");
        odd.Footer = new Footer(house.OddFooter);
        var section = new SectionProperties(new FooterReference { Type = HeaderFooterValues.Default, Id = "rId4" });
        if (house.EvenFooter is not null)
        {
            main.AddNewPart<FooterPart>("rId7").Footer = new Footer(house.EvenFooter);
            section.Append(new FooterReference { Type = HeaderFooterValues.Even, Id = "rId7" });
        }
        var page = house.Page;
        section.Append(
            new PageSize { Width = (uint)page.Width, Height = (uint)page.Height },
            new PageMargin { Top = page.Top, Bottom = page.Bottom, Left = (uint)page.Left, Right = (uint)page.Right,
                Header = (uint)page.Header, Footer = (uint)page.Footer, Gutter = 0U });
        if (page.HasGrid)
            section.Append(new DocGrid { Type = DocGridValues.Lines, LinePitch = page.LinePitch });
        return section;
    }
}
