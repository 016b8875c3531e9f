using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using ReportPipeline.Model;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// What a chart or a SmartArt diagram says, for a document that cannot keep the drawing: a chart's cached data as a
/// table (a row per category, a column per series, the chart's title as caption), a diagram's text as a list of its
/// nodes in their order. Both read the part the drawing points at; null when that part is missing or holds nothing.
/// </summary>
internal static class DocxDrawnData
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace Dgm = "http://schemas.openxmlformats.org/drawingml/2006/diagram";

    /// <summary>The chart's title (its runs joined), or null.</summary>
    public static string? ChartTitle(XElement chartSpace) =>
        chartSpace.Element(C + "chart")?.Element(C + "title") is { } title
        && string.Concat(title.Descendants(A + "t").Select(t => t.Value)).Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The chart's series as a table: categories down, series across; null when it has no cached values.</summary>
    public static TableCandidate? ChartTable(XElement chartSpace, SourceSpan at)
    {
        var series = chartSpace.Descendants(C + "ser").ToList();
        if (series.Count == 0) return null;
        var values = series.Select(s => Points(s.Element(C + "val") ?? s.Element(C + "yVal"))).ToList();
        var categories = Points(series[0].Element(C + "cat") ?? series[0].Element(C + "xVal"));
        int rows = Math.Max(categories.Count == 0 ? 0 : categories.Keys.Max() + 1, values.Max(v => v.Count == 0 ? 0 : v.Keys.Max() + 1));
        if (rows == 0) return null;
        static RawCell Cell(string text) => new(RecoveredText.FromPlain(text));
        var header = new List<RawCell> { Cell("") };
        header.AddRange(series.Select((s, i) => Cell(Name(s) ?? $"{i + 1}")));
        var body = Enumerable.Range(0, rows).Select(r =>
        {
            var row = new List<RawCell> { Cell(categories.GetValueOrDefault(r) ?? $"{r + 1}") };
            row.AddRange(values.Select(v => Cell(v.GetValueOrDefault(r) ?? "")));
            return (IReadOnlyList<RawCell>)row;
        }).ToList();
        string? title = ChartTitle(chartSpace);
        return new TableCandidate(title is null ? null : RecoveredText.FromPlain(title), [header], body, at);
    }

    /// <summary>The texts of a SmartArt diagram's nodes (connections and presentation points left out), in order.</summary>
    public static List<string> DiagramTexts(XElement dataModel) =>
        dataModel.Descendants(Dgm + "pt")
            .Where(p => (string?)p.Attribute("type") is null or "node" or "asst")
            .Select(p => string.Concat(p.Descendants(A + "t").Select(t => t.Value)).Trim())
            .Where(t => t.Length > 0)
            .ToList();

    /// <summary>The root element of a part, or null when it cannot be read.</summary>
    public static XElement? Root(OpenXmlPart owner, string? relationshipId)
    {
        if (relationshipId is null) return null;
        try
        {
            using var stream = owner.GetPartById(relationshipId).GetStream();
            return XDocument.Load(stream).Root;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or KeyNotFoundException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            return null;
        }
    }

    private static string? Name(XElement series) =>
        series.Element(C + "tx")?.Descendants(C + "v").FirstOrDefault()?.Value
        ?? series.Element(C + "tx")?.Descendants(A + "t").FirstOrDefault()?.Value;

    /// <summary>Cached points by index: c:pt idx="n" with its c:v.</summary>
    private static Dictionary<int, string> Points(XElement? reference) =>
        (reference?.Descendants(C + "pt") ?? [])
            .Select(p => (Index: (int?)p.Attribute("idx"), Value: p.Element(C + "v")?.Value))
            .Where(p => p.Index is >= 0 && p.Value is not null)
            .GroupBy(p => p.Index!.Value)
            .ToDictionary(g => g.Key, g => Shown(g.First().Value!));

    /// <summary>A cached number as a spreadsheet shows it (15 significant digits: 4.4000000000000004 is 4.4); text as it is.</summary>
    private static string Shown(string value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double number)
            ? number.ToString("G15", System.Globalization.CultureInfo.InvariantCulture) : value;
}
