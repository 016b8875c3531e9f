using AngleSharp.Dom;
using ReportPipeline.Model;
using ReportPipeline.Structure;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// Walks the content in document order and turns block elements into candidates for recovery. A list or paragraphs
/// under a notes heading ("注释", "Notes") on a page without linked notes are notes, numbered by their order or markers.
/// </summary>
internal sealed class HtmlBlocks(HtmlInlines inlines, HtmlNotes notes, string chrome, ImageLoader? images = null)
{
    private int headingShift;
    private bool inNotesList;

    public List<Candidate> Read(IElement root, IElement? titleBlock)
    {
        var headings = root.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Where(h => !Skip(h) && (titleBlock is null || !titleBlock.Contains(h))).ToList();
        bool loneTitle = ReportConventions.HasLoneTitle(headings.Select(h => h.TagName[1] - '0'));
        // Chapters are one level below a title h1, unless the body uses h1 for its chapters too.
        bool bodyUsesH1 = headings.Any(h => h.TagName == "H1" && !(loneTitle && h == headings[0]));
        bool titleAbove = loneTitle || titleBlock?.QuerySelector("h1") is not null || root.Owner?.QuerySelector("h1") is not null;
        headingShift = titleAbove && !bodyUsesH1 ? 1 : 0;
        var result = new List<Candidate>();
        Walk(root, result, titleBlock, loneTitle ? headings[0] : null);
        return result;
    }

    public static SourceSpan At(IElement element) => SourceSpan.Line(Math.Max(1, element.SourceReference?.Position.Line ?? 1));

    private bool Skip(IElement element) =>
        element.Matches(chrome) || element.Matches("script, style, noscript, template, figure.toc") || notes.IsInsideNote(element)
        || HtmlWebFurniture.IsFurniture(element);

    private void Walk(IElement element, List<Candidate> result, IElement? titleBlock, IElement? titleHeading)
    {
        foreach (var child in element.Children)
        {
            if (child == titleBlock || Skip(child) || child.Matches("section[role=doc-endnotes], section.footnotes, div.footnotes, ol.references")) continue;
            if (HtmlContents.IsContentsList(child))
            {
                HtmlContents.DropTitle(result);
                continue;
            }
            switch (child.TagName)
            {
                case "H1" or "H2" or "H3" or "H4" or "H5" or "H6":
                    var title = RecoveredText.FromInlines(inlines.Of(child)).Trim();
                    inNotesList = IsPlainNotesHeading(title.Plain);
                    if (title.Length == 0 || inNotesList) break;
                    if (child == titleHeading) { result.Add(new ParagraphCandidate(title, At(child))); break; }
                    // Our writer keeps the page's heading order (no skipped level) and the tree's level in data-level.
                    int level = int.TryParse(child.GetAttribute("data-level"), out var stated) && stated is >= 1 and <= 6
                        ? stated : Math.Max(1, child.TagName[1] - '0' - headingShift);
                    result.Add(HeadingCandidate.Stated(title, At(child), level));
                    break;
                case "P" when IsPlainNotesHeading(child.TextContent):
                    inNotesList = true;
                    break;
                case "P" when inNotesList && NoteOf(child) is { } note:
                    result.Add(note);
                    break;
                case "OL" or "UL" when inNotesList:
                    result.AddRange(child.Children.Where(li => li.TagName == "LI").Select((li, i) =>
                        new FootnoteCandidate(i + 1, (i + 1).ToString(), RecoveredText.FromInlines(inlines.Of(li)).Trim(), At(li))));
                    break;
                case "DL" when child.Children.Any(c => c.TagName == "DT"):
                    result.Add(DefinitionsOf(child));
                    break;
                case "P" or "PRE" or "DT" or "DD" or "ADDRESS":
                    AddParagraph(child, result);
                    break;
                case "UL" or "OL":
                    var items = child.Children.Where(li => li.TagName == "LI" && !HtmlWebFurniture.IsFurniture(li))
                        .Select((li, i) => WithoutMarker(RecoveredText.FromInlines(inlines.Of(li)).Trim(), child.TagName == "OL", i + 1))
                        .Where(t => t.Length > 0).ToList();
                    if (items.Count > 0) result.Add(new ListCandidate(child.TagName == "OL", items, At(child)));
                    break;
                case "TABLE":
                    if (HtmlTables.Read(child, inlines) is { } table) result.Add(table);
                    break;
                case "FIGURE":
                    var caption = child.QuerySelector("figcaption");
                    int before = result.Count;
                    Walk(child, result, titleBlock, titleHeading);
                    var captionText = caption is null ? null : RecoveredText.FromInlines(inlines.Of(caption)).Trim();
                    // The pictures of one <figure> are one figure of several pictures under its caption.
                    if (result.Skip(before).OfType<FigureCandidate>().ToList() is { Count: > 1 } pictures && pictures.All(p => p.Caption is null))
                    {
                        int first = result.IndexOf(pictures[0]);
                        for (int k = result.Count - 1; k >= before; k--)
                            if (result[k] is FigureCandidate) result.RemoveAt(k);
                        result.Insert(first, new FigureCandidate([.. pictures.SelectMany(p => p.Images)], null, pictures[0].Source.Through(pictures[^1].Source)));
                    }
                    if (caption is not null && result.Skip(before).OfType<TableCandidate>().FirstOrDefault() is { Caption: null } t)
                        result[result.IndexOf(t)] = t with { Caption = captionText };
                    else if (captionText is not null && result.Skip(before).OfType<FigureCandidate>().FirstOrDefault() is { Caption: null } f)
                        result[result.IndexOf(f)] = f with { Caption = captionText };
                    else if (caption is not null && caption.ParentElement?.QuerySelector("table") is null && caption.ParentElement?.QuerySelector("img") is not null)
                        AddParagraph(caption, result); // the picture could not be taken: its caption stays as text
                    break;
                case "FIGCAPTION":
                    if (child.ParentElement?.QuerySelector("table, img") is null) AddParagraph(child, result);
                    break;
                case "IMG":
                    AddFigures(child, result);
                    break;
                case "HR":
                    break;
                default:
                    if (child.Children.Any(IsBlock)) Walk(child, result, titleBlock, titleHeading);
                    else AddParagraph(child, result);
                    break;
            }
        }
    }

    /// <summary>A definition list: each dt with the dd elements after it (several dd joined).</summary>
    private DefinitionListCandidate DefinitionsOf(IElement list)
    {
        var items = new List<(RecoveredText, RecoveredText)>();
        foreach (var child in list.Children)
        {
            var text = RecoveredText.FromInlines(inlines.Of(child)).Trim();
            if (child.TagName == "DT") items.Add((text, RecoveredText.FromPlain("")));
            else if (child.TagName == "DD" && items.Count > 0)
                items[^1] = (items[^1].Item1, items[^1].Item2.IsEmpty ? text : items[^1].Item2.Join(text));
        }
        return new DefinitionListCandidate(items, At(list));
    }

    /// <summary>A paragraph of a plain notes list: "[1] text", "① text", "1. text".</summary>
    private FootnoteCandidate? NoteOf(IElement paragraph)
    {
        var text = RecoveredText.FromInlines(inlines.Of(paragraph)).Trim();
        if (FootnoteMarkers.ParseDefinition(text.Plain, inNotesZone: true) is not var (number, marker, body)) return null;
        return new FootnoteCandidate(number, marker, text.Slice(text.Length - body.Length).Trim(), At(paragraph));
    }

    private void AddParagraph(IElement element, List<Candidate> result)
    {
        var text = RecoveredText.FromInlines(inlines.Of(element)).Trim();
        if (text.Length > 0) result.Add(new ParagraphCandidate(text, At(element)));
        AddFigures(element, result);
    }

    /// <summary>The pictures in an element (or the element itself, an img) as figures, their alt text kept.</summary>
    private void AddFigures(IElement element, List<Candidate> result)
    {
        if (images is null) return;
        var pictures = element.TagName == "IMG" ? [element] : element.QuerySelectorAll("img").Where(i => !Skip(i)).ToList();
        foreach (var image in pictures)
        {
            if (images.Load(image.GetAttribute("src"), At(image)) is not { } key) continue;
            result.Add(new FigureCandidate(key, image.GetAttribute("alt") ?? "", null, SizeOf(image), At(image)));
        }
    }

    private static ImageSize? SizeOf(IElement image) =>
        int.TryParse(image.GetAttribute("width"), out int w) && int.TryParse(image.GetAttribute("height"), out int h) && w > 0 && h > 0
            ? new ImageSize(w, h) : null;

    /// <summary>
    /// An item without the bullet or number some exports write as text before it (LibreOffice floats a "•" span):
    /// the list itself says it is bulleted or numbered.
    /// </summary>
    private static RecoveredText WithoutMarker(RecoveredText item, bool ordered, int number)
    {
        string plain = item.Plain;
        int length = !ordered && plain.Length > 0 && Structure.Conventions.ReportConventions.IsBullet(plain[0]) ? 1
            : ordered && plain.StartsWith($"{number}.", StringComparison.Ordinal) ? $"{number}.".Length
            : 0;
        return length == 0 ? item : item.Slice(length).Trim();
    }

    /// <summary>A notes heading over a plain list: only on a page whose notes are not linked already.</summary>
    private bool IsPlainNotesHeading(string text) => notes.Notes.Count == 0 && Structure.Conventions.ReportConventions.IsNotesHeading(text);

    private static bool IsBlock(IElement e) => e.TagName is "P" or "DIV" or "SECTION" or "ARTICLE" or "UL" or "OL" or "TABLE" or "H1" or "H2"
        or "H3" or "H4" or "H5" or "H6" or "FIGURE" or "BLOCKQUOTE" or "PRE" or "DL" or "HEADER" or "MAIN" or "NAV" or "ASIDE" or "FOOTER" or "FORM";
}
