using DocumentFormat.OpenXml;
using OfficeMath = DocumentFormat.OpenXml.Math.OfficeMath;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Model;
using ReportPipeline.Structure;
using M = ReportPipeline.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// A paragraph's runs as inlines: bold and italic from run properties, footnote and endnote references by id,
/// hyperlinks, simple fields and inserted text kept; deleted text, field codes and footnote marks left out. A NOTEREF
/// field to a bookmarked footnote reference (a note cited a second time) is a reference to that note.
/// </summary>
internal static class DocxInlines
{
    public static string FootnoteId(long id) => $"fn{id}";

    public static string EndnoteId(long id) => $"en{id}";

    public static ValueList<M.Inline> Of(OpenXmlElement paragraph, DocxStyleMap? styles = null) => Of(paragraph, NoBookmarks, styles);

    public static readonly IReadOnlyDictionary<string, string> NoBookmarks = new Dictionary<string, string>();

    /// <summary>Bookmarks that wrap a footnote reference, by name, with the note's id.</summary>
    public static Dictionary<string, string> FootnoteBookmarks(OpenXmlElement body) =>
        body.Descendants<DocumentFormat.OpenXml.Wordprocessing.FootnoteReference>()
            .Select(r => (Reference: r, Bookmark: r.Parent?.PreviousSibling() as BookmarkStart))
            .Where(x => x.Bookmark?.Name?.Value is not null && x.Reference.Id?.Value is not null)
            .GroupBy(x => x.Bookmark!.Name!.Value!)
            .ToDictionary(g => g.Key, g => FootnoteId(g.First().Reference.Id!.Value));

    public static ValueList<M.Inline> Of(OpenXmlElement paragraph, IReadOnlyDictionary<string, string> noteBookmarks, DocxStyleMap? styles,
        DocxLinks? links = null)
    {
        links ??= DocxLinks.None;
        var result = new List<(M.Inline Inline, string? Link)>();
        var anchors = new List<M.Inline>();
        var fields = new Stack<Field>();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case OfficeMath math when !math.Ancestors<OfficeMath>().Any() && !IsDeleted(math) && !InTextBox(math, paragraph)
                                          && !fields.Any(f => f.InCode):
                    result.Add((DocxFormulas.Of(math), LinkOf(math, fields, links)));
                    break;
                case BookmarkStart bookmark when bookmark.Name?.Value is { } name && links.LinkedBookmarks.Contains(name) && !InTextBox(bookmark, paragraph):
                    anchors.Add(new M.Anchor(name));
                    break;
                case Run run when !IsDeleted(run) && !InTextBox(run, paragraph) && !run.Ancestors<OfficeMath>().Any():
                    ReadRun(run, result, fields, noteBookmarks, styles, links);
                    break;
            }
        }
        return MergeFormatting(InlineSlicer.Normalize([.. Linked(result), .. anchors]));
    }

    /// <summary>A field being read: its instruction, whether its code is still being read, and what it makes of its result.</summary>
    private sealed class Field
    {
        public System.Text.StringBuilder Instruction { get; } = new();
        public bool InCode { get; set; } = true;
        public bool NoteReference { get; set; }
        public string? Link { get; set; }
    }

    private static void ReadRun(Run run, List<(M.Inline, string?)> result, Stack<Field> fields,
        IReadOnlyDictionary<string, string> noteBookmarks, DocxStyleMap? styles, DocxLinks links)
    {
        var (styleBold, styleItalic) = styles?.CharacterFormat(run.RunProperties?.RunStyle?.Val?.Value) ?? default;
        bool bold = Format(run.RunProperties?.Bold, styleBold), italic = Format(run.RunProperties?.Italic, styleItalic);
        bool shown = !fields.Any(f => f.InCode || f.NoteReference);
        string? link = LinkOf(run, fields, links);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar field:
                    var type = field.FieldCharType?.Value;
                    if (type == FieldCharValues.Begin) fields.Push(new Field());
                    else if (type == FieldCharValues.Separate && fields.TryPeek(out var open) && open.InCode)
                    {
                        open.InCode = false;
                        string instruction = open.Instruction.ToString();
                        string[] words = instruction.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        if (words is ["NOTEREF", var name, ..] && noteBookmarks.TryGetValue(name, out var noteId) && !fields.Skip(1).Any(f => f.InCode))
                        {
                            result.Add((new M.FootnoteReference(noteId), null));
                            open.NoteReference = true;
                        }
                        open.Link = DocxLinks.FieldTarget(instruction);
                    }
                    else if (type == FieldCharValues.End && fields.Count > 0) fields.Pop();
                    shown = !fields.Any(f => f.InCode || f.NoteReference);
                    link = LinkOf(run, fields, links);
                    break;
                case FieldCode code when fields.TryPeek(out var current) && current.InCode:
                    current.Instruction.Append(code.Text);
                    break;
                case Text text when shown:
                    result.Add((Styled(new M.Text(text.Text), bold, italic), link));
                    break;
                case TabChar or Break or CarriageReturn when shown:
                    result.Add((new M.Text(" "), link));
                    break;
                case NoBreakHyphen when shown:
                    result.Add((new M.Text("-"), link));
                    break;
                case DocumentFormat.OpenXml.Wordprocessing.FootnoteReference note when note.Id?.Value is long id:
                    result.Add((new M.FootnoteReference(FootnoteId(id)), null));
                    break;
                case EndnoteReference note when note.Id?.Value is long id:
                    result.Add((new M.FootnoteReference(EndnoteId(id)), null));
                    break;
            }
        }
    }

    /// <summary>The link an element's text belongs to: the innermost HYPERLINK field's, else its w:hyperlink's.</summary>
    private static string? LinkOf(OpenXmlElement element, Stack<Field> fields, DocxLinks links) =>
        fields.Select(f => f.Link).FirstOrDefault(l => l is not null)
        ?? (element.Ancestors<Hyperlink>().FirstOrDefault() is { } hyperlink ? links.TargetOf(hyperlink) : null);

    /// <summary>Neighbouring inlines with the same link target become one link.</summary>
    private static IEnumerable<M.Inline> Linked(List<(M.Inline Inline, string? Link)> items)
    {
        for (int i = 0; i < items.Count;)
        {
            if (items[i].Link is not { } target)
            {
                yield return items[i++].Inline;
                continue;
            }
            var content = new List<M.Inline>();
            for (; i < items.Count && items[i].Link == target; i++) content.Add(items[i].Inline);
            var merged = MergeFormatting(InlineSlicer.Normalize(content));
            if (!merged.IsEmpty) yield return new M.Link(target, merged);
        }
    }

    /// <summary>Paragraphs inside text boxes anchored in this paragraph; they are read as paragraphs of their own.</summary>
    public static IEnumerable<Paragraph> TextBoxParagraphs(Paragraph paragraph) =>
        paragraph.Descendants<TextBoxContent>().Where(box => !IsFallbackCopy(box)).SelectMany(box => box.Elements<Paragraph>());

    /// <summary>
    /// Inside the fallback of a markup-compatibility block whose preferred form is there too (a text box written
    /// twice, as DrawingML and again as VML for old readers): the same content again, read once from the choice.
    /// </summary>
    public static bool IsFallbackCopy(OpenXmlElement element) =>
        element.Ancestors<AlternateContentFallback>().Any(f => f.Parent?.ChildElements.OfType<AlternateContentChoice>().Any() == true);

    private static bool InTextBox(OpenXmlElement run, OpenXmlElement paragraph) =>
        run.Ancestors<TextBoxContent>().Any(box => paragraph.Descendants<TextBoxContent>().Contains(box));

    private static bool IsDeleted(OpenXmlElement run) => run.Ancestors<DeletedRun>().Any() || run.Ancestors<MoveFromRun>().Any();

    /// <summary>Direct formatting wins over the character style's.</summary>
    private static bool Format(OnOffType? direct, bool fromStyle) => direct is null ? fromStyle : direct.Val is null || direct.Val.Value;

    private static M.Inline Styled(M.Inline text, bool bold, bool italic)
    {
        if (italic) text = new M.Emphasis([text]);
        return bold ? new M.Strong([text]) : text;
    }

    /// <summary>Neighbouring runs with the same formatting become one node ("**a**" "**b**" → "**ab**").</summary>
    private static ValueList<M.Inline> MergeFormatting(ValueList<M.Inline> inlines)
    {
        var result = new List<M.Inline>();
        foreach (var inline in inlines)
        {
            if (result.Count > 0)
            {
                switch ((result[^1], inline))
                {
                    case (Strong a, Strong b):
                        result[^1] = new Strong(MergeFormatting(InlineSlicer.Normalize([.. a.Content, .. b.Content])));
                        continue;
                    case (M.Link a, M.Link b) when a.Target == b.Target:
                        result[^1] = new M.Link(a.Target, MergeFormatting(InlineSlicer.Normalize([.. a.Content, .. b.Content])));
                        continue;
                    case (M.Emphasis a, M.Emphasis b):
                        result[^1] = new M.Emphasis(InlineSlicer.Normalize([.. a.Content, .. b.Content]));
                        continue;
                }
            }
            result.Add(inline);
        }
        return result.ToValueList();
    }
}
