using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Html;

/// <summary>
/// Renders inlines; each footnote reference gets its own anchor id so its note can link back to it, and is announced
/// with its number ("注释 3"); a number stays on one line with its unit.
/// </summary>
/// <param name="idPrefix">Put before every note and reference id, so two documents can share a page (the parallel page's columns).</param>
internal sealed class HtmlInlines(FootnoteNumbers numbers, Labels labels, string idPrefix = "")
{
    public static string NoteId(int number) => $"fn-{number}";

    public static string ReferenceId(int number, int occurrence) => occurrence == 1 ? $"fnref-{number}" : $"fnref-{number}-{occurrence}";

    public string Render(ValueList<Inline> inlines)
    {
        var sb = new StringBuilder();
        foreach (var inline in inlines) Append(sb, inline);
        return sb.ToString();
    }

    private void Append(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case Text t: NumbersWithUnits.Append(sb, t.Value); break;
            case Strong s: sb.Append("<strong>").Append(Render(s.Content)).Append("</strong>"); break;
            case Emphasis e: sb.Append("<em>").Append(Render(e.Content)).Append("</em>"); break;
            case LanguageSpan l: sb.Append("<span").Append(HtmlReportWriter.Lang(l.Language)).Append('>').Append(Render(l.Content)).Append("</span>"); break;
            case FootnoteReference r:
                int n = numbers.NumberOf(r.FootnoteId);
                int k = numbers.NextOccurrence(r.FootnoteId);
                sb.Append("<sup class=\"footnote-ref\"><a href=\"#").Append(idPrefix).Append(NoteId(n)).Append("\" id=\"").Append(idPrefix).Append(ReferenceId(n, k))
                  .Append("\" role=\"doc-noteref\" aria-label=\"").Append(HtmlReportWriter.E(labels.NoteReference(n))).Append("\">").Append(n).Append("</a></sup>");
                break;
            default: throw new NotSupportedException($"The HTML writer has no case for {inline.GetType().Name}");
        }
    }
}
