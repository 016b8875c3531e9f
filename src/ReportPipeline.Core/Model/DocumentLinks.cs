namespace ReportPipeline.Model;

/// <summary>Links, anchors, formulas and figures of a document, and the check that internal links land somewhere.</summary>
public static class DocumentLinks
{
    /// <summary>Every inline in reading order, nested ones included (the content of strong, emphasis and links).</summary>
    public static IEnumerable<Inline> Descendants(this IEnumerable<Inline> inlines) =>
        inlines.SelectMany(i => i switch
        {
            Strong s => [i, .. s.Content.Descendants()],
            Emphasis e => [i, .. e.Content.Descendants()],
            Link l => [i, .. l.Content.Descendants()],
            _ => new[] { i },
        });

    public static IEnumerable<Inline> AllInlines(this ReportDocument document) =>
        document.InlineRuns().Concat(document.Footnotes.Select(f => f.Content)).SelectMany(r => r.Descendants());

    public static IEnumerable<Link> Links(this ReportDocument document) => document.AllInlines().OfType<Link>();

    public static IEnumerable<Formula> Formulas(this ReportDocument document) => document.AllInlines().OfType<Formula>();

    public static IEnumerable<Figure> Figures(this ReportDocument document) => document.Blocks.OfType<Figure>();

    /// <summary>Names an internal link may point at: anchors in the text and footnote ids.</summary>
    public static HashSet<string> AnchorNames(this ReportDocument document) =>
        [.. document.AllInlines().OfType<Anchor>().Select(a => a.Name), .. document.Footnotes.Select(f => f.Id)];

    /// <summary>Internal links whose target is neither an anchor nor a note of the document.</summary>
    public static IEnumerable<Link> UnresolvedLinks(this ReportDocument document)
    {
        var names = document.AnchorNames();
        return document.Links().Where(l => l.InternalTarget is { } t && !names.Contains(t));
    }

    /// <summary>The document with internal links to nowhere reported, and figures whose image is missing from the store reported.</summary>
    public static ReportDocument WithLinkChecks(this ReportDocument document)
    {
        var problems = document.UnresolvedLinks().Select(l => new Diagnostic(DiagnosticSeverity.Warning, "link-target-missing",
                $"the link \"{l.Content.PlainText()}\" points at \"{l.Target}\", which is not in the document", null))
            .Concat(document.Figures().SelectMany(f => f.Images.Where(i => !document.Resources.Contains(i.Key)).Select(i => new Diagnostic(
                DiagnosticSeverity.Warning, "figure-image-missing", $"the figure's image {i.Key} is not in the document", f.Source))))
            .ToList();
        return problems.Count == 0 ? document : document with { Diagnostics = [.. document.Diagnostics, .. problems] };
    }
}
