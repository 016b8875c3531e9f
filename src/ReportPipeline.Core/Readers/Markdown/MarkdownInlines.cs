using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using Inline = ReportPipeline.Model.Inline;
using ReportPipeline.Model;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Markdown;

/// <summary>
/// Markdig's inlines as the tree's: emphasis, strong, footnote links by label, links with their destination, anchors
/// written as an empty &lt;a id&gt;, and $…$ / $$…$$ formulas as TeX. An image inside text keeps its description.
/// </summary>
internal static class MarkdownInlines
{
    public static ValueList<Inline> Convert(ContainerInline? container)
    {
        var result = new List<Inline>();
        if (container is not null) Append(container, result);
        return JoinSoftBreaks(InlineSlicer.Normalize(result));
    }

    public static string FootnoteId(string label) => label.TrimStart('^');

    private static void Append(ContainerInline container, List<Inline> result)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: result.Add(new Text(literal.Content.ToString())); break;
                case CodeInline code: result.Add(new Text(code.Content)); break;
                case HtmlEntityInline entity: result.Add(new Text(entity.Transcoded.ToString())); break;
                case AutolinkInline link: result.Add(new Link(link.IsEmail && !link.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + link.Url : link.Url, [new Text(link.Url)])); break;
                case Markdig.Extensions.Mathematics.MathInline math:
                    string tex = math.Content.ToString().Trim();
                    result.Add(new Formula(FormulaNotation.TeX, tex, tex, Display: math.DelimiterCount >= 2));
                    break;
                case LinkInline { IsImage: true } image: result.Add(new Text(image.FirstChild is null ? "" : Convert(image).PlainText())); break;
                case LinkInline { IsImage: false, Url: { Length: > 0 } url } link:
                    var linked = new List<Inline>();
                    Append(link, linked);
                    result.Add(new Link(url, InlineSlicer.Normalize(linked)));
                    break;
                case HtmlInline html when MarkdownAnchors.NameOf(html.Tag) is { } anchor: result.Add(new Anchor(anchor)); break;
                case LineBreakInline lineBreak: result.Add(new Text(lineBreak.IsHard ? "\n" : SoftBreak)); break;
                case FootnoteLink { IsBackLink: false } note: result.Add(new FootnoteReference(FootnoteId(note.Footnote.Label!))); break;
                case FootnoteLink: break;
                case HtmlInline: break; // raw inline HTML, such as the writer's <!-- --> emphasis separator, has no text
                case EmphasisInline emphasis:
                    var content = new List<Inline>();
                    Append(emphasis, content);
                    var inner = content.ToValueList();
                    result.Add(emphasis.DelimiterCount switch
                    {
                        1 => new Emphasis(inner),
                        2 => new Strong(inner),
                        _ => new Strong([new Emphasis(inner)]),
                    });
                    break;
                case ContainerInline other: Append(other, result); break; // links, and anything else holding text
            }
        }
    }

    private const string SoftBreak = "\u2028";

    /// <summary>A soft line break is a space between Latin words and nothing beside CJK text.</summary>
    private static ValueList<Inline> JoinSoftBreaks(ValueList<Inline> inlines)
    {
        if (!inlines.Any(i => i is Text t && t.Value.Contains(SoftBreak) || i is Strong or Emphasis or Link)) return inlines;
        return inlines.Select(i => i switch
        {
            Text t when t.Value.Contains(SoftBreak) => new Text(string.Join("", t.Value.Split(SoftBreak).Aggregate(CjkText.JoinFragments))),
            Strong s => new Strong(JoinSoftBreaks(s.Content)),
            Emphasis e => new Emphasis(JoinSoftBreaks(e.Content)),
            Link l => l with { Content = JoinSoftBreaks(l.Content) },
            _ => i,
        }).ToValueList();
    }
}
