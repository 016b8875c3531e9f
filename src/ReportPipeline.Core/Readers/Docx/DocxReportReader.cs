using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Structure;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;
using Numbering = ReportPipeline.Structure.Numbering;
using Text = ReportPipeline.Model.Text;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// Word documents read with the OpenXml SDK. Heading styles and outline levels give headings; without them the
/// shared recovery finds headings by numbering. Title/Subtitle styles (or the first paragraphs) give the title block;
/// native footnotes and endnotes are linked to their references; tables keep merged cells and repeated header rows;
/// the numbering part tells bulleted from numbered lists. Provenance: the paragraph's number in the body.
/// </summary>
public sealed class DocxReportReader(StructureOptions? options = null) : IReportReader
{
    public IReadOnlyList<string> Extensions { get; } = [".docx", ".docm"];

    public ReportDocument Read(byte[] content)
    {
        DocxPackageGuard.Check(content, DocxPackageGuard.MaxUnzippedBytes);
        WordprocessingDocument package;
        try { package = WordprocessingDocument.Open(new MemoryStream(content), false); }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException)
        {
            throw new ReportReadException($"not a readable Word document ({e.Message.Split('\n')[0]})", e);
        }
        using (package)
        {
            var main = package.MainDocumentPart ?? throw new ReportReadException("a zip file, but not a Word document (no main document part)");
            var body = main.Document?.Body ?? throw new ReportReadException("the Word document has no body");
            var styles = new DocxStyleMap(main);
            var reader = new BodyReader(styles, new DocxNumbering(main), DocxInlines.FootnoteBookmarks(body));
            reader.Read(body);
            var candidates = reader.Candidates;
            candidates.AddRange(Notes(main.FootnotesPart?.Footnotes?.Elements<Footnote>(), DocxInlines.FootnoteId, styles));
            candidates.AddRange(Notes(main.EndnotesPart?.Endnotes?.Elements<Endnote>(), DocxInlines.EndnoteId, styles));
            if (!candidates.Any(c => c is ParagraphCandidate or HeadingCandidate or TableCandidate or ListCandidate))
                throw new ReportReadException("the Word document holds no text");
            return StructureRecovery.Recover(new DecodedReport(candidates, reader.Metadata(package.PackageProperties), PageBreaks: false), options);
        }
    }

    private static IEnumerable<Candidate> Notes(IEnumerable<FootnoteEndnoteType>? notes, Func<long, string> idOf, DocxStyleMap styles) =>
        (notes ?? []).Where(n => n.Id?.Value > 0 && (n.Type is null || n.Type.Value == FootnoteEndnoteValues.Normal))
            .Select((note, i) =>
            {
                var content = note.Elements<Paragraph>().Concat(note.Elements<SdtBlock>().SelectMany(s => s.Descendants<Paragraph>()))
                    .Select(p => DocxInlines.Of(p, styles)).JoinParagraphs();
                string id = idOf(note.Id!.Value);
                return (Candidate)new FootnoteCandidate(i + 1, (i + 1).ToString(CultureInfo.InvariantCulture),
                    RecoveredText.FromInlines(content).Trim(), SourceSpan.Line(i + 1), id);
            });

    /// <summary>Walks the body in order: paragraphs, tables, content controls.</summary>
    private sealed class BodyReader(DocxStyleMap styles, DocxNumbering numbering, IReadOnlyDictionary<string, string> noteBookmarks)
    {
        private readonly Dictionary<string, string> titleBlock = [];
        private int paragraphNumber;
        private int? lastListId;

        public List<Candidate> Candidates { get; } = [];

        public void Read(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph p: Add(p); break;
                    case Table t:
                        lastListId = null;
                        Candidates.Add(DocxTables.Read(t, SourceSpan.Line(++paragraphNumber), noteBookmarks, styles));
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } inner: Read(inner); break;
                    case CustomXmlBlock custom: Read(custom); break;
                }
            }
        }

        private void Add(Paragraph paragraph)
        {
            var at = SourceSpan.Line(++paragraphNumber);
            var text = RecoveredText.FromInlines(DocxInlines.Of(paragraph, noteBookmarks, styles)).Trim();
            if (!text.IsEmpty && !AddTo(paragraph, text, at)) lastListId = null;
            foreach (var inner in DocxInlines.TextBoxParagraphs(paragraph))
                if (RecoveredText.FromInlines(DocxInlines.Of(inner, styles)).Trim() is { IsEmpty: false } boxed)
                    Candidates.Add(new ParagraphCandidate(boxed, at));
        }

        /// <summary>Adds a non-empty paragraph; true when it continued a list.</summary>
        private bool AddTo(Paragraph paragraph, RecoveredText text, SourceSpan at)
        {
            if (styles.TitleRole(paragraph) is { } role && !titleBlock.ContainsKey(role) && Candidates.Count == 0)
            {
                titleBlock[role] = text.Plain;
                return false;
            }
            if (styles.HeadingLevel(paragraph) is int level)
            {
                Candidates.Add(HeadingCandidate.Stated(text, at, Math.Min(level, 6)));
                return false;
            }
            if (numbering.ListOf(paragraph, styles) is var (listId, ordered))
            {
                if (lastListId == listId && Candidates[^1] is ListCandidate list)
                    Candidates[^1] = list with { Items = [.. list.Items, text], Source = list.Source.Through(at) };
                else
                    Candidates.Add(new ListCandidate(ordered, [text], at));
                lastListId = listId;
                return true;
            }
            Candidates.Add(new ParagraphCandidate(text, at));
            return false;
        }

        /// <summary>The title block as the Title, Subtitle and Author styles give it; null to recover it from the first paragraphs.</summary>
        public Metadata? Metadata(DocumentFormat.OpenXml.Packaging.IPackageProperties properties)
        {
            if (!titleBlock.TryGetValue("Title", out var title)) return null;
            titleBlock.TryGetValue("Subtitle", out var subtitle);
            titleBlock.TryGetValue("Author", out var author);
            string? date = TitleBlockRecognizer.FindDate(new[] { subtitle, author, title }.OfType<string>())
                ?? properties.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new Metadata(title, subtitle, author, date, properties.Language ?? "");
        }
    }
}
