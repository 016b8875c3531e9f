using System.Text.Json.Nodes;
using ReportPipeline.Model;

namespace ReportPipeline.Cli;

/// <summary>
/// What recovery found and decided in one report — the outline, the notes with anything unmatched, the tables with
/// their spans, and the warnings with their locations — as JSON. <c>inspect</c> prints it; <c>serve</c> shows it.
/// </summary>
public static class ReportSummary
{
    public static JsonObject Of(string path, ReportDocument d)
    {
        var referenced = d.FootnoteReferences().Select(r => r.FootnoteId).ToList();
        var referenceCounts = referenced.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        return new JsonObject
        {
            ["file"] = path,
            ["title"] = d.Metadata.Title,
            ["language"] = d.Metadata.Language,
            ["outline"] = new JsonArray([.. d.Blocks.OfType<Heading>().Select(h => (JsonNode)new JsonObject
            {
                ["level"] = h.Level, ["label"] = h.Label, ["title"] = h.Title.PlainText(), ["line"] = h.Source.StartLine, ["at"] = h.Source.ToString(),
            })]),
            ["footnotes"] = new JsonObject
            {
                ["defined"] = d.Footnotes.Count,
                ["references"] = referenced.Count,
                ["unmatchedMarkers"] = Codes(d, "footnote-unmatched-marker"),
                ["unreferencedDefinitions"] = Codes(d, "footnote-unreferenced"),
                ["notes"] = new JsonArray([.. d.Footnotes.Select(f => (JsonNode)new JsonObject
                {
                    ["id"] = f.Id, ["marker"] = f.Marker, ["text"] = f.Content.PlainText(),
                    ["references"] = referenceCounts.GetValueOrDefault(f.Id), ["line"] = f.Source.StartLine, ["page"] = f.Source.Page, ["at"] = f.Source.ToString(),
                })]),
            },
            ["tables"] = new JsonArray([.. d.Blocks.OfType<Table>().Select(t => (JsonNode)new JsonObject
            {
                ["caption"] = t.Caption.PlainText(),
                ["lines"] = t.Source.ToString(),
                ["columns"] = TableGrid.ColumnCountOf(t),
                ["headerRows"] = t.Header.Count,
                ["bodyRows"] = t.Body.Count,
                ["spans"] = new JsonArray([.. t.Header.Concat(t.Body).SelectMany(r => r.Cells)
                    .Where(c => c.RowSpan > 1 || c.ColumnSpan > 1)
                    .Select(c => (JsonNode)new JsonObject { ["cell"] = c.Content.PlainText(), ["rowSpan"] = c.RowSpan, ["colSpan"] = c.ColumnSpan })]),
            })]),
            ["diagnostics"] = new JsonArray([.. d.Diagnostics.Select(x => (JsonNode)new JsonObject
            {
                ["severity"] = x.Severity.ToString().ToLowerInvariant(), ["code"] = x.Code, ["message"] = x.Message,
                ["startLine"] = x.Source?.StartLine, ["endLine"] = x.Source?.EndLine, ["page"] = x.Source?.Page, ["at"] = x.Source?.ToString(),
            })]),
        };
    }

    private static JsonArray Codes(ReportDocument d, string code) =>
        new([.. d.Diagnostics.Where(x => x.Code == code).Select(x => (JsonNode)JsonValue.Create(x.ToString())!)]);
}
