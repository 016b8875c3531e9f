using DocumentFormat.OpenXml;
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

    public static ValueList<M.Inline> Of(OpenXmlElement paragraph, DocxStyleMap? styles = null) => Of(paragraph, EmptyBookmarks, styles);

    private static readonly IReadOnlyDictionary<string, string> EmptyBookmarks = new Dictionary<string, string>();

    /// <summary>Bookmarks that wrap a footnote reference, by name, with the note's id.</summary>
    public static Dictionary<string, string> FootnoteBookmarks(OpenXmlElement body) =>
        body.Descendants<DocumentFormat.OpenXml.Wordprocessing.FootnoteReference>()
            .Select(r => (Reference: r, Bookmark: r.Parent?.PreviousSibling() as BookmarkStart))
            .Where(x => x.Bookmark?.Name?.Value is not null && x.Reference.Id?.Value is not null)
            .GroupBy(x => x.Bookmark!.Name!.Value!)
            .ToDictionary(g => g.Key, g => FootnoteId(g.First().Reference.Id!.Value));

    public static ValueList<M.Inline> Of(OpenXmlElement paragraph, IReadOnlyDictionary<string, string> noteBookmarks, DocxStyleMap? styles)
    {
        var result = new List<M.Inline>();
        bool inFieldCode = false, inNoteReference = false;
        var instruction = new System.Text.StringBuilder();
        foreach (var run in paragraph.Descendants<Run>().Where(r => !IsDeleted(r) && !InTextBox(r, paragraph)))
        {
            var (styleBold, styleItalic) = styles?.CharacterFormat(run.RunProperties?.RunStyle?.Val?.Value) ?? default;
            bool bold = Format(run.RunProperties?.Bold, styleBold), italic = Format(run.RunProperties?.Italic, styleItalic);
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case FieldChar field:
                        var type = field.FieldCharType?.Value;
                        if (type == FieldCharValues.Begin) { inFieldCode = true; instruction.Clear(); }
                        else if (type == FieldCharValues.Separate && inFieldCode)
                        {
                            inFieldCode = false;
                            string[] words = instruction.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                            if (words is ["NOTEREF", var name, ..] && noteBookmarks.TryGetValue(name, out var noteId))
                            {
                                result.Add(new M.FootnoteReference(noteId));
                                inNoteReference = true;
                            }
                        }
                        else if (type == FieldCharValues.End) inFieldCode = inNoteReference = false;
                        break;
                    case FieldCode code when inFieldCode:
                        instruction.Append(code.Text);
                        break;
                    case Text text when !inFieldCode && !inNoteReference:
                        result.Add(Styled(new M.Text(text.Text), bold, italic));
                        break;
                    case TabChar or Break or CarriageReturn when !inFieldCode:
                        result.Add(new M.Text(" "));
                        break;
                    case NoBreakHyphen:
                        result.Add(new M.Text("-"));
                        break;
                    case DocumentFormat.OpenXml.Wordprocessing.FootnoteReference note when note.Id?.Value is long id:
                        result.Add(new M.FootnoteReference(FootnoteId(id)));
                        break;
                    case EndnoteReference note when note.Id?.Value is long id:
                        result.Add(new M.FootnoteReference(EndnoteId(id)));
                        break;
                }
            }
        }
        return MergeFormatting(InlineSlicer.Normalize(result));
    }

    /// <summary>Paragraphs inside text boxes anchored in this paragraph; they are read as paragraphs of their own.</summary>
    public static IEnumerable<Paragraph> TextBoxParagraphs(Paragraph paragraph) =>
        paragraph.Descendants<TextBoxContent>().SelectMany(box => box.Elements<Paragraph>());

    private static bool InTextBox(Run run, OpenXmlElement paragraph) =>
        run.Ancestors<TextBoxContent>().Any(box => paragraph.Descendants<TextBoxContent>().Contains(box));

    private static bool IsDeleted(Run run) => run.Ancestors<DeletedRun>().Any() || run.Ancestors<MoveFromRun>().Any();

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
