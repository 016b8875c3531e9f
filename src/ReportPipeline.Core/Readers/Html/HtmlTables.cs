using AngleSharp.Dom;
using ReportPipeline.Structure;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// A table element: caption, header rows (thead, or leading rows of th only, else the first row and the rows its
/// merged cells reach into), body rows, colspan and rowspan.
/// </summary>
internal static class HtmlTables
{
    public static TableCandidate? Read(IElement table, HtmlInlines inlines)
    {
        var rows = table.QuerySelectorAll("tr").Where(tr => tr.Closest("table") == table).ToList();
        if (rows.Count == 0) return null;
        int headerCount = rows.Count(tr => tr.ParentElement?.TagName == "THEAD");
        if (headerCount == 0) headerCount = rows.TakeWhile(tr => tr.Children.All(c => c.TagName == "TH")).Count();
        headerCount = headerCount == 0
            ? TableHeaderRows.Implicit(rows[0].Children.Select(c => Span(c, "rowspan")), rows.Count)
            : Math.Min(headerCount, Math.Max(1, rows.Count - 1));
        List<IReadOnlyList<RawCell>> Cells(IEnumerable<IElement> trs) => trs.Select(tr => (IReadOnlyList<RawCell>)tr.Children
            .Where(c => c.TagName is "TD" or "TH")
            .Select(c => new RawCell(RecoveredText.FromInlines(inlines.Of(c)).Trim(), Span(c, "rowspan"), Span(c, "colspan"))).ToList()).ToList();
        var caption = table.QuerySelector("caption");
        return new TableCandidate(caption is null ? null : RecoveredText.FromInlines(inlines.Of(caption)).Trim(),
            Cells(rows.Take(headerCount)), Cells(rows.Skip(headerCount)), HtmlBlocks.At(table));
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), out int n) && n > 1 ? Math.Min(n, 1000) : 1;
}
