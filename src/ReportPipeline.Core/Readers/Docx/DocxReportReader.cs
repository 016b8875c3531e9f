using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Structure;
using ReportPipeline.Structure.Conventions;
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
            var diagnostics = new List<Diagnostic>();
            var figures = new DocxFigures(main, diagnostics);
            var reader = new BodyReader(styles, new DocxNumbering(main), DocxInlines.FootnoteBookmarks(body),
                new DocxLinks(main, body), figures, new DocxContents(styles));
            reader.Read(body);
            var candidates = reader.Finish();
            candidates.AddRange(Notes(main.FootnotesPart?.Footnotes?.Elements<Footnote>(), DocxInlines.FootnoteId, styles, main.FootnotesPart));
            candidates.AddRange(Notes(main.EndnotesPart?.Endnotes?.Elements<Endnote>(), DocxInlines.EndnoteId, styles, main.EndnotesPart));
            if (!candidates.Any(c => c is ParagraphCandidate or HeadingCandidate or TableCandidate or ListCandidate or FigureCandidate))
                throw new ReportReadException("the Word document holds no text");
            var document = StructureRecovery.Recover(new DecodedReport(candidates, reader.Metadata(package.PackageProperties), PageBreaks: false), options);
            return (document with
            {
                Resources = figures.Resources,
                Diagnostics = [.. document.Diagnostics, .. diagnostics],
            }).WithoutUnusedAnchors().WithLinkChecks();
        }
    }

    /// <summary>Notes with their links (resolved through the notes part's own relationships).</summary>
    private static IEnumerable<Candidate> Notes(IEnumerable<FootnoteEndnoteType>? notes, Func<long, string> idOf, DocxStyleMap styles, OpenXmlPart? part) =>
        (notes ?? []).Where(n => n.Id?.Value > 0 && (n.Type is null || n.Type.Value == FootnoteEndnoteValues.Normal))
            .Select((note, i) =>
            {
                var links = part is null ? null : new DocxLinks(part, note);
                var content = note.Elements<Paragraph>().Concat(note.Elements<SdtBlock>().SelectMany(s => s.Descendants<Paragraph>()))
                    .Select(p => DocxInlines.Of(p, DocxInlines.NoBookmarks, styles, links)).JoinParagraphs();
                string id = idOf(note.Id!.Value);
                return (Candidate)new FootnoteCandidate(i + 1, (i + 1).ToString(CultureInfo.InvariantCulture),
                    RecoveredText.FromInlines(content).Trim(), SourceSpan.Line(i + 1), id);
            });

    /// <summary>Walks the body in order: paragraphs, tables, content controls; the table of contents is left out.</summary>
    private sealed class BodyReader(DocxStyleMap styles, DocxNumbering numbering, IReadOnlyDictionary<string, string> noteBookmarks,
        DocxLinks links, DocxFigures figures, DocxContents contents)
    {
        private readonly Dictionary<string, string> titleBlock = [];
        private readonly HashSet<Candidate> captions = new(ReferenceEqualityComparer.Instance);
        private int paragraphNumber;
        private RecoveredText? heldText;
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
                        var at = SourceSpan.Line(++paragraphNumber);
                        Candidates.Add(DocxTables.Read(t, at, noteBookmarks, styles, links));
                        // A cell holds text only: the pictures in a table's cells follow the table.
                        Candidates.AddRange(figures.Read(t, at));
                        break;
                    case SdtBlock sdt when DocxContents.IsContentsControl(sdt):
                        paragraphNumber += sdt.Descendants<Paragraph>().Count();
                        DropContentsTitle();
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } inner: Read(inner); break;
                    case CustomXmlBlock custom: Read(custom); break;
                }
            }
        }

        /// <summary>The candidates, each figure with the caption paragraph that follows (or else precedes) it.</summary>
        public List<Candidate> Finish()
        {
            for (int i = 0; i < Candidates.Count; i++)
            {
                if (Candidates[i] is not FigureCandidate { Caption: null } figure) continue;
                int at = i + 1 < Candidates.Count && captions.Contains(Candidates[i + 1]) ? i + 1
                    : i > 0 && captions.Contains(Candidates[i - 1]) && (i < 2 || Candidates[i - 2] is not FigureCandidate) ? i - 1 : -1;
                if (at < 0) continue;
                Candidates[i] = figure with { Caption = ((ParagraphCandidate)Candidates[at]).Text };
                captions.Remove(Candidates[at]);
                Candidates.RemoveAt(at);
                if (at < i) i--;
            }
            return Candidates;
        }

        /// <summary>A "目录"/"Contents" line just before a contents list is its title, not a heading.</summary>
        private void DropContentsTitle()
        {
            if (Candidates.Count > 0 && Candidates[^1] switch
                {
                    ParagraphCandidate p => DocxContents.IsContentsTitle(p.Text.Plain),
                    HeadingCandidate h => DocxContents.IsContentsTitle(h.Title.Plain) && h.Numbering is null,
                    _ => false,
                })
                Candidates.RemoveAt(Candidates.Count - 1);
        }

        private void Add(Paragraph paragraph)
        {
            var at = SourceSpan.Line(++paragraphNumber);
            if (contents.IsContents(paragraph))
            {
                DropContentsTitle();
                return;
            }
            var text = RecoveredText.FromInlines(DocxInlines.Of(paragraph, noteBookmarks, styles, links)).Trim();
            if (heldText is { } before)
            {
                text = text.IsEmpty ? before : before.IsEmpty ? text : before.Join(text);
                heldText = null;
            }
            if (MarkDeleted(paragraph) && paragraph.NextSibling() is Paragraph)
                heldText = text; // a tracked deletion of the paragraph's end: it runs on into the next paragraph
            else
            {
                var label = numbering.Count(paragraph, styles);
                if (!text.IsEmpty && !AddTo(paragraph, text, label, at)) lastListId = null;
            }
            foreach (var inner in DocxInlines.TextBoxParagraphs(paragraph))
                if (RecoveredText.FromInlines(DocxInlines.Of(inner, noteBookmarks, styles, links)).Trim() is { IsEmpty: false } boxed)
                    Candidates.Add(new ParagraphCandidate(boxed, at));
            var pictures = figures.Read(paragraph, at).ToList();
            if (pictures.Count > 0) lastListId = null;
            Candidates.AddRange(pictures);
        }

        /// <summary>The paragraph mark itself is a tracked deletion: accepting the change joins it to the next paragraph.</summary>
        private static bool MarkDeleted(Paragraph paragraph) =>
            paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>() is not null;

        /// <summary>Adds a non-empty paragraph; true when it continued a list.</summary>
        private bool AddTo(Paragraph paragraph, RecoveredText text, (string Label, string Suffix, bool Outline)? label, SourceSpan at)
        {
            // A document label over the title (its style, or "…会议文件（十）" before anything else) opens the document.
            bool opening = titleBlock.Count == 0 && Candidates.All(c => c is ParagraphCandidate { Role: ParagraphRole.DocumentLabel });
            var role = styles.TitleRole(paragraph);
            if (opening && (role == DocxStyleMap.DocumentLabel || role is null && ReportConventions.IsDocumentLabel(text.Plain)))
            {
                Candidates.Add(new ParagraphCandidate(text, at, Role: ParagraphRole.DocumentLabel));
                return false;
            }
            if (role is not null && role != DocxStyleMap.DocumentLabel && !titleBlock.ContainsKey(role)
                && Candidates.All(c => c is ParagraphCandidate { Role: ParagraphRole.DocumentLabel }))
            {
                titleBlock[role] = text.Plain;
                return false;
            }
            if (styles.HeadingLevel(paragraph) is int level)
            {
                if (label is null && Numbering.Match(text.Plain) is null && DocxHeadingNumber.Match(text.Plain) is null)
                {
                    Candidates.Add(HeadingCandidate.Stated(text, at, Math.Min(level, 6))); // an appendix label, or no label
                    return false;
                }
                var labelled = label is var (shown, suffix, _) ? WithLabel(text, shown, suffix) : text;
                var numbered = Numbering.Match(labelled.Plain);
                if (numbered is null && label is var (own, _, _))
                    numbered = new NumberingMatch(NumberingStyle.None, 1, own.Trim(), text.Plain, labelled.Length - text.Length);
                numbered ??= DocxHeadingNumber.Match(labelled.Plain);
                Candidates.Add(new HeadingCandidate(numbered, numbered is null ? text : labelled.Slice(numbered.RestStart).Trim(), at, Math.Min(level, 6)));
                return false;
            }
            if (label is (var outlineLabel, var outlineSuffix, true))
            {
                // Word numbers it as a report numbers its headings ("一、", "（一）", "1.2"): read it as if the label were typed.
                Candidates.Add(new ParagraphCandidate(WithLabel(text, outlineLabel, outlineSuffix), at));
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
            var candidate = new ParagraphCandidate(text, at);
            if (DocxFigures.IsCaption(text.Plain, styles.NameOf(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value))) captions.Add(candidate);
            Candidates.Add(candidate);
            return false;
        }

        private static RecoveredText WithLabel(RecoveredText text, string label, string suffix) =>
            RecoveredText.FromInlines([new Text(label + suffix), .. text.Rich ?? [new Text(text.Plain)]]);

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
