using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;
using LanguageTags = ReportPipeline.Languages.LanguageTags;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// Turns blocks and inlines into WordprocessingML, handing native footnotes to <paramref name="addNote"/> as references
/// are met. List numbering instances start at <paramref name="firstNumId"/>, after any a reference document brings.
/// </summary>
internal sealed class DocxContent(ReportDocument document, Action<W.Footnote> addNote, DocxHouseStyle house, int firstNumId,
    DocumentFormat.OpenXml.Packaging.MainDocumentPart? main = null)
{
    private readonly DocxLinkRuns links = new(main);
    private readonly DocxFigure? figures = main is null ? null : new DocxFigure(main, document.Resources);

    private readonly Dictionary<string, Model.Footnote> notes = document.Footnotes.ToDictionary(f => f.Id);
    private readonly Dictionary<string, long> written = [];

    public int OrderedListCount { get; private set; }

    public IEnumerable<OpenXmlElement> Render(Block block) => block switch
    {
        Heading h => [Styled($"Heading{Math.Clamp(h.Level, 1, 6)}", WithSchemeStyle(h.Label,
            [.. h.Label is null ? [] : new[] { TextRun(h.Label + Labels.LabelSeparator(h.Label), language: h.Language) }, .. Runs(h.Title, bold: false, language: h.Language),
              .. h.Stop is null ? [] : new[] { TextRun(h.Stop, language: h.Language) }]))],
        Model.Paragraph p => [Styled(Salutation.Is(p) ? "Salutation" : p.IsDocumentLabel ? DocxStyles.DocumentLabelStyle : BodyStyle(p.Language), [.. Runs(p.Lead, bold: true, language: p.Language), .. Runs(p.Content, bold: false, language: p.Language)])],
        DefinitionList d => d.Items.Select(i => Styled(BodyStyle(d.Language), [.. Runs(i.Term, bold: true, language: d.Language), TextRun(document.Metadata.Language.StartsWith("zh", StringComparison.Ordinal) ? "：" : ": "), .. Runs(i.Definition, bold: false, language: d.Language)])),
        ListBlock l => ListItems(l),
        Model.Table t => [.. (t.Caption.IsEmpty ? [] : new[] { Styled("Caption", Runs(t.Caption, bold: false)) }), DocxTable.Build(t, this, house.Page.TextWidth, house.TableHalfPoints)],
        Figure f => [.. (figures?.Picture(f) is { } picture ? new[] { picture } : []),
            .. (f.Caption.IsEmpty ? [] : new[] { Styled("Caption", Runs(f.Caption, bold: false)) })],
        _ => throw new NotSupportedException($"The Word writer has no case for {block.GetType().Name}"),
    };

    /// <summary>
    /// Gives a heading's runs the character style of its numbering scheme (see <see cref="SchemeStyles"/>), so the
    /// face follows the scheme while the paragraph style follows the depth. Note references keep their own style.
    /// </summary>
    private List<OpenXmlElement> WithSchemeStyle(string? label, List<OpenXmlElement> runs)
    {
        if (!house.UsesSchemeStyles || SchemeStyles.For(label) is not { } style) return runs;
        foreach (var run in runs.OfType<W.Run>().Where(r => r.RunProperties?.RunStyle is null))
        {
            run.RunProperties ??= new RunProperties();
            run.RunProperties.RunStyle = new RunStyle { Val = style };
        }
        return runs;
    }

    private IEnumerable<OpenXmlElement> ListItems(ListBlock list)
    {
        int numId = firstNumId - 1 + (list.Ordered ? ++OrderedListCount + 1 : 1);
        foreach (var item in list.Items)
        {
            var paragraph = Styled("ListParagraph", Runs(item.Content, bold: false, language: list.Language));
            paragraph.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId }));
            yield return paragraph;
        }
    }

    public static W.Paragraph StyledParagraph(string style, string text) => Styled(style, [TextRun(text)]);

    public static W.Paragraph Styled(string style, IEnumerable<OpenXmlElement> runs) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = style }), .. runs]);

    /// <summary>Body text in a Latin script inside a CJK document has its own style: no first-line indent of two characters.</summary>
    private string BodyStyle(string? language) =>
        language is not null && !LanguageTags.IsCjk(language) && LanguageTags.IsCjk(document.Metadata.Language)
            ? DocxStyles.LatinBodyStyle : "BodyText";

    /// <param name="language">The runs' language where it differs from the document's: written as w:lang on each run.</param>
    public IEnumerable<OpenXmlElement> Runs(ValueList<Inline> inlines, bool bold, bool italic = false, string? language = null)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Model.Text t:
                    yield return TextRun(t.Value, bold, italic, language);
                    break;
                case Strong s:
                    foreach (var run in Runs(s.Content, true, italic, language)) yield return run;
                    break;
                case Model.Emphasis e:
                    foreach (var run in Runs(e.Content, bold, true, language)) yield return run;
                    break;
                case LanguageSpan l:
                    foreach (var run in Runs(l.Content, bold, italic, l.Language)) yield return run;
                    break;
                case Model.FootnoteReference r:
                    foreach (var element in FootnoteReference(r.FootnoteId)) yield return element;
                    break;
                case Link l:
                    yield return links.Hyperlink(l, Runs(l.Content, bold, italic));
                    break;
                case Anchor a:
                    foreach (var element in links.Bookmark(a)) yield return element;
                    break;
                case Formula f:
                    yield return DocxLinkRuns.Formula(f);
                    break;
                default:
                    throw new NotSupportedException($"The Word writer has no case for {inline.GetType().Name}");
            }
        }
    }

    public static W.Run TextRun(string text, bool bold = false, bool italic = false, string? language = null)
    {
        var run = new W.Run();
        if (bold || italic || language is not null)
        {
            var props = new RunProperties();
            if (bold) props.Append(new Bold(), new BoldComplexScript());
            if (italic) props.Append(new Italic(), new ItalicComplexScript());
            if (language is not null) props.Append(RunLanguage(language));
            run.Append(props);
        }
        run.Append(new W.Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>w:lang for a run: the Latin-script slot (w:val) for a Latin-script language, the East Asian slot (w:eastAsia) for CJK.</summary>
    public static W.Languages RunLanguage(string language) =>
        LanguageTags.IsCjk(language) ? new W.Languages { EastAsia = language } : new W.Languages { Val = language };

    /// <summary>Drops characters XML cannot hold (control characters, lone surrogates) that another reader may have let through.</summary>
    private static string XmlSafe(string text)
    {
        var safe = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) safe.Append(c).Append(text[++i]);
            else if (System.Xml.XmlConvert.IsXmlChar(c)) safe.Append(c);
        }
        return safe.Length == text.Length ? text : safe.ToString();
    }

    /// <summary>
    /// Notes no reference reached once the body is written (a note on the title or a byline, an unmarked note at a page's
    /// foot): Word shows a footnote only from its reference, so they close the body in the note style, each opening
    /// with its marker as printed.
    /// </summary>
    public IEnumerable<W.Paragraph> UnreferencedNotes() =>
        document.Footnotes.Where(f => !written.ContainsKey(f.Id))
            .Select(f => Styled("FootnoteText", Runs(FootnoteNumbers.AsPrinted(f), bold: false, language: f.Language)));

    /// <summary>The bookmark around a footnote's first reference, which later references point to.</summary>
    public static string BookmarkOf(long footnoteId) => $"_RefFn{footnoteId}";

    /// <summary>
    /// A native footnote: Word numbers it and links reference and note both ways by itself. Word has one reference
    /// per note, so a note cited again gets a NOTEREF field to the bookmarked first reference, as Word's own
    /// cross-references do.
    /// </summary>
    private IEnumerable<OpenXmlElement> FootnoteReference(string footnoteId)
    {
        static W.RunProperties Superscript() => new(new RunStyle { Val = "FootnoteReference" });
        if (written.TryGetValue(footnoteId, out long existing))
        {
            yield return new W.Run(Superscript(), new FieldChar { FieldCharType = FieldCharValues.Begin });
            yield return new W.Run(new FieldCode($" NOTEREF {BookmarkOf(existing)} \\f \\h ") { Space = SpaceProcessingModeValues.Preserve });
            yield return new W.Run(new FieldChar { FieldCharType = FieldCharValues.Separate });
            yield return new W.Run(Superscript(), new W.Text(existing.ToString()));
            yield return new W.Run(new FieldChar { FieldCharType = FieldCharValues.End });
            yield break;
        }
        long id = written[footnoteId] = written.Count + 1;
        var paragraph = new W.Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
            new W.Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark()),
            TextRun(" "));
        paragraph.Append(Runs(notes[footnoteId].Content, bold: false, language: notes[footnoteId].Language));
        addNote(new W.Footnote(paragraph) { Id = id });
        yield return new BookmarkStart { Id = id.ToString(), Name = BookmarkOf(id) };
        yield return new W.Run(Superscript(), new W.FootnoteReference { Id = id });
        yield return new BookmarkEnd { Id = id.ToString() };
    }
}
