using System.Net;
using System.Reflection;
using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Html;

/// <summary>
/// A standalone, accessible, printable HTML5 page: the title block, a table of contents, headings with ids,
/// tables with thead/th and spans, and footnotes linked both ways (doc-noteref, doc-endnotes, doc-backlink), each
/// reference and back-link announced with its number. A skip link passes the contents; each numbered heading carries
/// the class of its numbering scheme ("scheme-cjk-parenthesized"), so the stylesheet styles a scheme alike at any depth.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public string Format => "html";

    /// <summary>The class of a document label's paragraph, in the title block above the title.</summary>
    public const string DocumentLabelClass = "document-label";

    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportPipeline.Writers.Html.report.css")!;
        return new StreamReader(stream).ReadToEnd();
    });

    public bool LinksResources => true;

    public void Write(ReportDocument document, Stream output) => Write(document, output, ResourceLinks.Embedded);

    public void Write(ReportDocument document, Stream output, ResourceLinks resources) => TextOutput.Write(output, Render(document, resources));

    public static string Render(ReportDocument document) => Render(document, ResourceLinks.Embedded);

    public static string Render(ReportDocument document, ResourceLinks resources)
    {
        var meta = document.Metadata;
        var labels = Labels.For(meta.Language);
        var numbers = new FootnoteNumbers(document);
        var headingIds = HeadingIds(document);
        var html = new StringBuilder();
        string title = meta.Title ?? document.Blocks.OfType<Heading>().Select(h => h.Title.PlainText()).FirstOrDefault() ?? labels.Notes;

        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(meta.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n");
        if (meta.Author is not null) html.Append("<meta name=\"author\" content=\"").Append(E(meta.Author)).Append("\">\n");
        if (meta.Subtitle is not null) html.Append("<meta name=\"description\" content=\"").Append(E(meta.Subtitle)).Append("\">\n");
        if (meta.Date is not null) html.Append("<meta name=\"dcterms.date\" content=\"").Append(E(meta.Date)).Append("\">\n");
        html.Append("<meta name=\"generator\" content=\"ReportPipeline\">\n<style>\n").Append(Css.Value).Append("</style>\n</head>\n<body>\n");
        html.Append("<a class=\"skip-link\" href=\"#content\">").Append(E(labels.SkipToContent)).Append("</a>\n");

        var inlines = new HtmlInlines(numbers, labels, resources: document.Resources, links: resources);
        int documentLabels = DocumentLabels.CountOf(document); // printed in the title block, above the title, as on the page
        if (meta.Title is not null || meta.Subtitle is not null || meta.Author is not null || documentLabels > 0)
        {
            html.Append("<header class=\"title-block\">\n");
            for (int i = 0; i < documentLabels; i++) WriteBlock(html, document.Blocks[i], inlines, headingIds, 0);
            if (meta.Title is not null) html.Append("<h1 class=\"title\">").Append(E(meta.Title)).Append("</h1>\n");
            if (meta.Subtitle is not null) html.Append("<p class=\"subtitle\">").Append(E(meta.Subtitle)).Append("</p>\n");
            if (meta.Author is not null) html.Append("<p class=\"author\">").Append(E(meta.Author)).Append("</p>\n");
            if (meta.Date is not null) html.Append("<p class=\"date\"><time datetime=\"").Append(E(meta.Date)).Append("\">").Append(E(meta.Date)).Append("</time></p>\n");
            html.Append("</header>\n");
        }

        WriteTableOfContents(html, document, headingIds, labels);
        html.Append("<main id=\"content\" tabindex=\"-1\">\n");
        // A page without a title block or a chapter heading still gets its one level-1 heading, for screen readers.
        if (meta.Title is null && !document.Blocks.OfType<Heading>().Any(h => h.Level == 1))
            html.Append("<h1 class=\"visually-hidden\">").Append(E(title)).Append("</h1>\n");
        html.Append("<article>\n");
        int headingShift = meta.Title is null ? 0 : 1;
        int previousLevel = 1; // the page always has its h1 (the title, or a hidden one)
        for (int i = documentLabels; i < document.Blocks.Count; i++)
        {
            // A bilingual edition's original and translation share a row: side by side on screen, stacked on a phone.
            bool opensPair = i + 1 < document.Blocks.Count && document.Blocks[i + 1].IsTranslation;
            if (opensPair) html.Append("<div class=\"bilingual-pair\">\n");
            // A heading never skips a level below the one before it (a Word file may go from Heading 1 to Heading 3).
            int shift = headingShift;
            if (document.Blocks[i] is Heading heading)
            {
                int level = Math.Min(Math.Min(6, heading.Level + headingShift), previousLevel + 1);
                shift = level - heading.Level;
                previousLevel = level;
            }
            WriteBlock(html, document.Blocks[i], inlines, headingIds, shift, capped: shift != headingShift);
            if (document.Blocks[i].IsTranslation) html.Append("</div>\n");
        }
        html.Append("</article>\n");
        WriteFootnotes(html, numbers, inlines, labels);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static Dictionary<Heading, string> HeadingIds(ReportDocument document) =>
        document.Blocks.OfType<Heading>().Select((h, i) => (h, Id: $"sec-{i + 1}"))
            .ToDictionary(x => x.h, x => x.Id, ReferenceEqualityComparer.Instance as IEqualityComparer<Heading>);

    private static void WriteTableOfContents(StringBuilder html, ReportDocument document, Dictionary<Heading, string> ids, Labels labels)
    {
        var headings = document.Blocks.OfType<Heading>().ToList();
        if (headings.Count == 0) return;
        html.Append("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">").Append(E(labels.Contents)).Append("</h2>\n");
        var open = new Stack<int>();
        foreach (var h in headings)
        {
            if (open.Count == 0 || h.Level > open.Peek())
            {
                html.Append("<ol>\n");
                open.Push(h.Level);
            }
            else
            {
                html.Append("</li>\n");
                while (open.Count > 1 && h.Level < open.Peek())
                {
                    html.Append("</ol>\n</li>\n");
                    open.Pop();
                }
            }
            html.Append("<li><a href=\"#").Append(ids[h]).Append("\">").Append(E(Labels.HeadingText(h.Label, h.Title.PlainText()))).Append("</a>");
        }
        for (; open.Count > 0; open.Pop()) html.Append("</li>\n</ol>\n");
        html.Append("</nav>\n");
    }

    /// <param name="capped">The heading is set higher than its level so the page skips no level: its level goes in data-level.</param>
    private static void WriteBlock(StringBuilder html, Block block, HtmlInlines inlines, Dictionary<Heading, string> ids, int shift, bool capped = false)
    {
        switch (block)
        {
            case Heading h:
                int level = Math.Min(6, h.Level + shift);
                var scheme = HeadingScheme.Of(h.Label);
                html.Append("<h").Append(level).Append(" id=\"").Append(ids[h]).Append('"');
                if (scheme != Structure.NumberingStyle.None) html.Append(" class=\"").Append(HeadingScheme.CssClass(scheme)).Append('"');
                if (capped) html.Append(" data-level=\"").Append(h.Level).Append('"');
                html.Append(Lang(h.Language)).Append('>');
                if (h.Label is not null) html.Append("<span class=\"label\">").Append(E(h.Label)).Append("</span>");
                html.Append(Labels.LabelSeparator(h.Label));
                html.Append(inlines.Render(h.Title)).Append(E(h.Stop ?? "")).Append("</h").Append(level).Append(">\n");
                break;
            case Paragraph p:
                html.Append(Salutation.Is(p) ? "<p class=\"salutation\"" : p.IsDocumentLabel ? "<p class=\"" + DocumentLabelClass + "\"" : "<p").Append(Lang(p.Language)).Append('>');
                if (p.HasLead) html.Append("<strong class=\"lead\">").Append(inlines.Render(p.Lead)).Append("</strong>");
                html.Append(inlines.Render(p.Content)).Append("</p>\n");
                break;
            case ListBlock l:
                html.Append(l.Ordered ? "<ol" : "<ul").Append(Lang(l.Language)).Append(">\n");
                foreach (var item in l.Items) html.Append("<li>").Append(inlines.Render(item.Content)).Append("</li>\n");
                html.Append(l.Ordered ? "</ol>\n" : "</ul>\n");
                break;
            case Table t:
                HtmlTable.Write(html, t, inlines);
                break;
            case DefinitionList d:
                html.Append("<dl class=\"glossary\">\n");
                foreach (var item in d.Items)
                    html.Append("<dt>").Append(inlines.Render(item.Term)).Append("</dt>\n<dd>").Append(inlines.Render(item.Definition)).Append("</dd>\n");
                html.Append("</dl>\n");
                break;
            case Figure f:
                HtmlFigure.Write(html, f, inlines);
                break;
            default:
                throw new NotSupportedException($"The HTML writer has no case for {block.GetType().Name}");
        }
    }

    private static void WriteFootnotes(StringBuilder html, FootnoteNumbers numbers, HtmlInlines inlines, Labels labels)
    {
        if (numbers.Ordered.Count == 0) return;
        html.Append("<section class=\"footnotes\" role=\"doc-endnotes\" aria-labelledby=\"footnotes-title\">\n<h2 id=\"footnotes-title\">")
            .Append(E(labels.Notes)).Append("</h2>\n<ol>\n");
        foreach (var note in numbers.Ordered)
        {
            int n = numbers.NumberOf(note.Id);
            html.Append("<li id=\"").Append(HtmlInlines.NoteId(n)).Append('"').Append(Lang(note.Language)).Append('>').Append(inlines.Render(note.Content));
            for (int k = 1; k <= numbers.OccurrencesOf(note.Id); k++)
                html.Append(" <a href=\"#").Append(HtmlInlines.ReferenceId(n, k)).Append("\" class=\"footnote-back\" role=\"doc-backlink\" aria-label=\"")
                    .Append(E(labels.BackLink(n, k))).Append("\">↩︎").Append(k > 1 ? $"<sup>{k}</sup>" : "").Append("</a>");
            html.Append("</li>\n");
        }
        html.Append("</ol>\n</section>\n");
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A lang attribute (with its leading space) for an element in another language than the page; "" otherwise.</summary>
    internal static string Lang(string? language) => language is null ? "" : $" lang=\"{E(language)}\"";
}
