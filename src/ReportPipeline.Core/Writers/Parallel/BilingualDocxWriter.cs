using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Alignment;
using ReportPipeline.Model;
using ReportPipeline.Writers.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Writers.Parallel;

/// <summary>
/// A bilingual Word file: a two-column table, one row per aligned pair (original left, translation right), or with
/// <c>interleaved</c> each original followed by its translation. Runs carry w:lang for their edition; notes follow as
/// rows (or paragraphs) of their own, numbered as the references in the text ("[3]").
/// </summary>
public sealed class BilingualDocxWriter(bool interleaved = false) : IAlignmentWriter
{
    public string Suffix => ".bilingual.docx";

    private sealed record Side(ReportDocument Document, DocxContent Content, NoteMarks Marks)
    {
        public string Language => Document.Metadata.Language;
    }

    public void Write(EditionAlignment alignment, Stream output) =>
        DocxPackage.Write(output, new DocxCoreProperties(alignment.Original.Metadata.Title, Language: alignment.Original.Metadata.Language),
            main => Fill(main, alignment));

    private void Fill(MainDocumentPart main, EditionAlignment alignment)
    {
        // The settings name the separator notes; the notes themselves are rows of the table.
        DocxPackage.AddCommonParts(main, new Styles(House.Styles()), DocxStyles.Settings(alignment.Original.Metadata.Language, evenAndOddFooters: false),
            new Fonts(DocxFonts.FontTable()));

        var left = NewSide(alignment.Original);
        var right = NewSide(alignment.Translation);
        var body = new Body();
        var rows = alignment.Rows.Where(r => r.Kind != UnitKind.Note).ToList();
        var notes = alignment.Rows.Where(r => r.Kind == UnitKind.Note).ToList();
        if (interleaved)
        {
            foreach (var row in rows.Concat(notes))
            {
                foreach (var unit in row.Original) body.Append(Render(unit, left));
                foreach (var unit in row.Translation) body.Append(Render(unit, right));
            }
        }
        else
        {
            var table = new W.Table(new TableProperties(
                new TableStyle { Val = "TableGrid" }, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed }),
                new W.TableGrid(new GridColumn { Width = "4500" }, new GridColumn { Width = "4500" }));
            foreach (var row in rows.Concat(notes))
                table.Append(new W.TableRow(Cell(row.Original, left), Cell(row.Translation, right)));
            body.Append(table);
            body.Append(new W.Paragraph());
        }
        body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1134U, Right = 1134U, Header = 851U, Footer = 992U, Gutter = 0U }));
        main.Document = new W.Document(body);
    }

    /// <summary>The plain house style, its text width halved: each edition has half the page.</summary>
    private static readonly DocxHouseStyle House = DocxHouseStyle.Plain with { Page = DocxHouseStyle.Plain.Page with { Right = DocxHouseStyle.Plain.Page.Right + DocxHouseStyle.Plain.Page.TextWidth / 2 } };

    private static Side NewSide(ReportDocument document) =>
        new(document, new DocxContent(document, static _ => { }, House, 1), new NoteMarks(new FootnoteNumbers(document)));

    private static W.TableCell Cell(IReadOnlyList<AlignedUnit> units, Side side)
    {
        var cell = new W.TableCell(new TableCellProperties(new TableCellWidth { Width = "2500", Type = TableWidthUnitValues.Pct }));
        foreach (var unit in units) cell.Append(Render(unit, side));
        if (!cell.Elements<W.Paragraph>().Any() && !cell.Elements<W.Table>().Any()) cell.Append(new W.Paragraph());
        // A cell must end with a paragraph.
        if (cell.LastChild is W.Table) cell.Append(new W.Paragraph());
        return cell;
    }

    private static IEnumerable<OpenXmlElement> Render(AlignedUnit unit, Side side)
    {
        string language = unit.Block?.Language ?? side.Language;
        switch (unit.Kind)
        {
            case UnitKind.Title: return [DocxContent.Styled("Title", [DocxContent.TextRun(unit.Text, language: side.Language)])];
            case UnitKind.Subtitle: return [DocxContent.Styled("Subtitle", [DocxContent.TextRun(unit.Text, language: side.Language)])];
            case UnitKind.Author: return [DocxContent.Styled("Author", [DocxContent.TextRun(unit.Text, language: side.Language)])];
            case UnitKind.ListItem: return [DocxContent.Styled("BodyText", [DocxContent.TextRun("• ", language: language), .. side.Content.Runs(side.Marks.Replace(unit.Content), bold: false, language: language)])];
            case UnitKind.Note:
                var number = DocxContent.TextRun($"[{unit.Section.Split(' ')[^1]}] ", language: language);
                return [DocxContent.Styled("FootnoteText", [number, .. side.Content.Runs(side.Marks.Replace(unit.Content), bold: false, language: language)])];
        }
        return unit.Block switch
        {
            Heading h => [DocxContent.Styled($"Heading{Math.Clamp(h.Level, 1, 6)}",
                [.. h.Label is null ? [] : new[] { DocxContent.TextRun(h.Label + Labels.LabelSeparator(h.Label), language: language) },
                 .. side.Content.Runs(side.Marks.Replace(h.Title), bold: false, language: language),
                 .. h.Stop is null ? [] : new[] { DocxContent.TextRun(h.Stop, language: language) }])],
            Model.Paragraph p => [DocxContent.Styled("BodyText",
                [.. side.Content.Runs(side.Marks.Replace(p.Lead), bold: true, language: language), .. side.Content.Runs(side.Marks.Replace(p.Content), bold: false, language: language)])],
            Model.Table t => side.Content.Render(side.Marks.Replace(t)),
            _ => throw new NotSupportedException($"The bilingual Word writer has no case for {unit.Kind}"),
        };
    }
}
