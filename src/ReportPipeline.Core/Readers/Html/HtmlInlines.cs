using System.Text;
using AngleSharp.Dom;
using ReportPipeline.Model;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// An element's inline content as the tree's inlines: strong/b, em/i, footnote references (a link into a note,
/// with or without sup), spans styled bold or italic (inline or by a class rule, as office exports write them), and
/// text with HTML white space collapsed (a line break between CJK characters is no space).
/// </summary>
internal sealed class HtmlInlines(HtmlNotes notes, Func<IElement, string> noteId, HtmlClassStyles classStyles)
{
    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "BUTTON", "INPUT", "SELECT", "TEXTAREA", "SVG", "MATH"];

    public ValueList<Inline> Of(INode node)
    {
        var result = new List<Inline>();
        AppendChildren(node, result);
        return InlineSlicer.Normalize(CollapseWhiteSpace(result));
    }

    private void AppendChildren(INode node, List<Inline> result)
    {
        foreach (var child in node.ChildNodes) Append(child, result);
    }

    private void Append(INode node, List<Inline> result)
    {
        switch (node)
        {
            case IText text:
                result.Add(new Text(text.Data));
                break;
            case IElement element when Skipped.Contains(element.TagName) || element.Matches(HtmlNotes.BackLinkSelectors) || notes.IsNumberLink(element) || IsHidden(element):
                break;
            case IElement { TagName: "A" } link when notes.Target(link) is { } note:
                result.Add(new FootnoteReference(noteId(note)));
                break;
            case IElement { TagName: "SUP" } sup when sup.QuerySelector("a") is { } link && notes.Target(link) is { } note:
                result.Add(new FootnoteReference(noteId(note)));
                break;
            case IElement { TagName: "STRONG" or "B" } strong:
                result.Add(new Strong(Of(strong)));
                break;
            case IElement { TagName: "EM" or "I" or "CITE" } emphasis:
                result.Add(new Emphasis(Of(emphasis)));
                break;
            case IElement { TagName: "SPAN" } span when classStyles.IsBold(span):
                result.Add(new Strong(Of(span)));
                break;
            case IElement { TagName: "SPAN" } span when classStyles.IsItalic(span):
                result.Add(new Emphasis(Of(span)));
                break;
            case IElement { TagName: "SPAN" } span when span.GetAttribute("lang") is { Length: > 0 } language:
                result.Add(new LanguageSpan(language, Of(span)));
                break;
            case IElement { TagName: "BR" }:
                result.Add(new Text(" "));
                break;
            case IElement element:
                AppendChildren(element, result);
                break;
        }
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden") || (element.GetAttribute("style")?.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>Runs of white space become one space, or none where a line break separates two CJK characters.</summary>
    private static IEnumerable<Inline> CollapseWhiteSpace(IEnumerable<Inline> inlines) => inlines.Select(i => i switch
    {
        Text t => new Text(Collapse(t.Value)),
        Strong s => new Strong(InlineSlicer.Normalize(CollapseWhiteSpace(s.Content))),
        Emphasis e => new Emphasis(InlineSlicer.Normalize(CollapseWhiteSpace(e.Content))),
        LanguageSpan l => l with { Content = InlineSlicer.Normalize(CollapseWhiteSpace(l.Content)) },
        _ => i,
    });

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) || text[i] == '\u3000') { sb.Append(text[i]); continue; }
            int j = i;
            bool lineBreak = false;
            while (j < text.Length && char.IsWhiteSpace(text[j]) && text[j] != '\u3000') lineBreak |= text[j++] == '\n';
            bool cjk = sb.Length > 0 && CjkText.IsWide(sb[^1]) && j < text.Length && CjkText.IsWide(text[j]);
            if (!(lineBreak && cjk)) sb.Append(' ');
            i = j - 1;
        }
        return sb.ToString();
    }
}
