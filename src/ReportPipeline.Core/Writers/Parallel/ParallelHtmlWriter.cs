using System.Reflection;
using System.Text;
using ReportPipeline.Alignment;
using ReportPipeline.Model;
using ReportPipeline.Writers.Html;
using static ReportPipeline.Writers.Html.HtmlReportWriter;

namespace ReportPipeline.Writers.Parallel;

/// <summary>
/// A standalone page with the two editions side by side: one row per aligned pair, the original on the left and the
/// translation on the right, each column with its own <c>lang</c>; rows stack on a narrow screen. Each column's notes
/// sit under it and link both ways with that column's references (ids prefixed "o-" and "t-").
/// </summary>
public sealed class ParallelHtmlWriter : IAlignmentWriter
{
    public string Suffix => ".parallel.html";

    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportPipeline.Writers.Parallel.parallel.css")!;
        return new StreamReader(stream).ReadToEnd();
    });

    private sealed record Column(ReportDocument Document, string Class, FootnoteNumbers Numbers, HtmlInlines Inlines, string Prefix)
    {
        public string Language => Document.Metadata.Language;
        public Labels Labels => Labels.For(Language);
    }

    public void Write(EditionAlignment alignment, Stream output) => TextOutput.Write(output, Render(alignment));

    public static string Render(EditionAlignment alignment)
    {
        var left = NewColumn(alignment.Original, "original", "o-");
        var right = NewColumn(alignment.Translation, "translation", "t-");
        var html = new StringBuilder();
        string title = string.Join(" · ", new[] { alignment.Original.Metadata.Title, alignment.Translation.Metadata.Title }.OfType<string>());
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(left.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title.Length > 0 ? title : left.Labels.Notes)).Append("</title>\n")
            .Append("<meta name=\"generator\" content=\"ReportPipeline\">\n<style>\n").Append(Css.Value).Append("</style>\n</head>\n<body>\n");

        var titleRows = alignment.Rows.Where(r => r.Kind is UnitKind.Title or UnitKind.Subtitle or UnitKind.Author).ToList();
        if (titleRows.Count > 0)
        {
            html.Append("<header class=\"row title-block\">\n");
            foreach (var column in new[] { left, right })
            {
                html.Append("<div class=\"").Append(column.Class).Append("\" lang=\"").Append(E(column.Language)).Append("\">\n");
                foreach (var row in titleRows)
                    foreach (var unit in Side(row, column, left))
                        html.Append(unit.Kind == UnitKind.Title ? "<h1 class=\"title\">" : $"<p class=\"{AlignmentJsonWriter.Name(unit.Kind)}\">")
                            .Append(E(unit.Text)).Append(unit.Kind == UnitKind.Title ? "</h1>\n" : "</p>\n");
                html.Append("</div>\n");
            }
            html.Append("</header>\n");
        }

        html.Append("<main>\n");
        int shift = titleRows.Any(r => r.Kind == UnitKind.Title) ? 1 : 0;
        foreach (var row in alignment.Rows.Where(r => r.Kind is not (UnitKind.Title or UnitKind.Subtitle or UnitKind.Author or UnitKind.Note)))
        {
            html.Append("<div class=\"row ").Append(AlignmentJsonWriter.Name(row.Kind)).Append(row.IsPaired ? "" : " unpaired").Append("\">\n");
            foreach (var column in new[] { left, right })
            {
                html.Append("<div class=\"").Append(column.Class).Append("\" lang=\"").Append(E(column.Language)).Append("\">");
                foreach (var unit in Side(row, column, left)) WriteUnit(html, unit, column, shift);
                html.Append("</div>\n");
            }
            html.Append("</div>\n");
        }
        if (left.Numbers.Ordered.Count + right.Numbers.Ordered.Count > 0)
        {
            html.Append("<div class=\"row notes\">\n");
            WriteNotes(html, left);
            WriteNotes(html, right);
            html.Append("</div>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static Column NewColumn(ReportDocument document, string name, string prefix)
    {
        var numbers = new FootnoteNumbers(document);
        return new Column(document, name, numbers, new HtmlInlines(numbers, Labels.For(document.Metadata.Language), prefix), prefix);
    }

    private static IReadOnlyList<AlignedUnit> Side(AlignedPair row, Column column, Column left) =>
        ReferenceEquals(column, left) ? row.Original : row.Translation;

    private static void WriteUnit(StringBuilder html, AlignedUnit unit, Column column, int shift)
    {
        switch (unit.Block)
        {
            case Heading h:
                int level = Math.Clamp(h.Level + shift, 2, 6);
                html.Append("<h").Append(level).Append(Lang(h.Language)).Append('>');
                if (h.Label is not null) html.Append("<span class=\"label\">").Append(E(h.Label)).Append("</span>").Append(Labels.LabelSeparator(h.Label));
                html.Append(column.Inlines.Render(h.Title)).Append(E(h.Stop ?? "")).Append("</h").Append(level).Append(">\n");
                break;
            case Paragraph p:
                html.Append("<p").Append(Lang(p.Language)).Append('>');
                if (p.HasLead) html.Append("<strong class=\"lead\">").Append(column.Inlines.Render(p.Lead)).Append("</strong>");
                html.Append(column.Inlines.Render(p.Content)).Append("</p>\n");
                break;
            case Table t:
                HtmlTable.Write(html, t, column.Inlines);
                break;
            case null when unit.Kind == UnitKind.ListItem:
                html.Append("<ul><li>").Append(column.Inlines.Render(unit.Content)).Append("</li></ul>\n");
                break;
            default:
                throw new NotSupportedException($"The parallel HTML writer has no case for {unit.Kind} {unit.Block?.GetType().Name}");
        }
    }

    private static void WriteNotes(StringBuilder html, Column column)
    {
        string titleId = column.Prefix + "notes-title";
        html.Append("<section class=\"").Append(column.Class).Append(" footnotes\" lang=\"").Append(E(column.Language))
            .Append("\" role=\"doc-endnotes\" aria-labelledby=\"").Append(titleId).Append("\">\n<h2 id=\"").Append(titleId).Append("\">")
            .Append(E(column.Labels.Notes)).Append("</h2>\n<ol>\n");
        foreach (var note in column.Numbers.Ordered)
        {
            int n = column.Numbers.NumberOf(note.Id);
            html.Append("<li id=\"").Append(column.Prefix).Append(HtmlInlines.NoteId(n)).Append('"').Append(Lang(note.Language)).Append('>')
                .Append(column.Inlines.Render(note.Content));
            for (int k = 1; k <= column.Numbers.OccurrencesOf(note.Id); k++)
                html.Append(" <a href=\"#").Append(column.Prefix).Append(HtmlInlines.ReferenceId(n, k))
                    .Append("\" class=\"footnote-back\" role=\"doc-backlink\" aria-label=\"").Append(E(column.Labels.BackLink(n, k)))
                    .Append("\">↩︎").Append(k > 1 ? $"<sup>{k}</sup>" : "").Append("</a>");
            html.Append("</li>\n");
        }
        html.Append("</ol>\n</section>\n");
    }
}
