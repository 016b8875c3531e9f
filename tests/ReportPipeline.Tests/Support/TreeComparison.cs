using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportPipeline.Model;
using ReportPipeline.Writers.Json;

namespace ReportPipeline.Tests.Support;

/// <summary>
/// Trees compared for content: their JSON without what legitimately differs between sources of the same report
/// (source lines, the spelling of markers, page furniture, diagnostics, the notation of formulas), with footnote ids renamed by reading order.
/// </summary>
public static class TreeComparison
{
    /// <param name="ignoreStops">Leave out headings' closing stops: one edition of a report prints "（一）一般公共预算。" and
    /// another "（一）一般公共预算", as the spelling of a marker differs.</param>
    public static string Content(ReportDocument document, Func<string, string>? text = null, bool ignoreStops = false)
    {
        var renamed = document.FootnotesInReadingOrder().Select((f, i) => (f.Id, New: $"n{i + 1}")).ToDictionary(x => x.Id, x => x.New);
        var json = JsonNode.Parse(Run.RenderText(new JsonReportWriter(), document))!.AsObject();
        json.Remove("diagnostics");
        json.Remove("furniture"); // page headers and numbers: a layer of the source, not content
        Strip(json, renamed, text ?? (t => t), ignoreStops);
        var notes = json["footnotes"]!.AsArray().OrderBy(n => (string)n!["id"]!, StringComparer.Ordinal).Select(n => n!.DeepClone()).ToArray();
        json["footnotes"] = new JsonArray(notes);
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public static void AssertSameContent(ReportDocument expected, ReportDocument actual, Func<string, string>? text = null, bool ignoreStops = false)
    {
        string a = Content(expected, text, ignoreStops), b = Content(actual, text, ignoreStops);
        Assert.True(a == b, Snapshot.Diff(a, b));
    }

    private static void Strip(JsonNode? node, Dictionary<string, string> renamed, Func<string, string> text, bool ignoreStops)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove("source");
                o.Remove("marker");
                if (ignoreStops) o.Remove("stop");
                if ((string?)o["type"] == "formula")
                {
                    // The notation a formula is written in is the format's (OMML in Word, MathML in HTML, TeX in Markdown); its text is content.
                    o.Remove("markup");
                    o.Remove("notation");
                }
                if (o["id"] is JsonValue id && renamed.TryGetValue((string)id!, out var name)) o["id"] = name;
                foreach (var key in new[] { "value", "title", "subtitle", "author" })
                    if (o[key] is JsonValue v && v.TryGetValue<string>(out var s)) o[key] = text(s);
                foreach (var (_, child) in o.ToList()) Strip(child, renamed, text, ignoreStops);
                break;
            case JsonArray a:
                foreach (var child in a) Strip(child, renamed, text, ignoreStops);
                break;
        }
    }
}
