using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportPipeline.Model;
using ReportPipeline.Structure;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// The pictures of a paragraph (DrawingML blips, VML image data) as figures, their bytes taken from the image parts
/// into the document's resources; charts and SmartArt diagrams as what they say (<see cref="DocxDrawnData"/>). A picture linked from outside the package, a broken relationship or bytes that are
/// no image give a warning naming it; nothing is ever fetched.
/// </summary>
internal sealed partial class DocxFigures(OpenXmlPart part, List<Diagnostic> diagnostics)
{
    public ResourceStore Resources { get; private set; } = ResourceStore.Empty;

    [GeneratedRegex(@"^\s*(图|圖|表图|Figure|FIGURE|Fig\.?|Chart|图表)\s*[0-9一二三四五六七八九十０-９]+([-.．—–][0-9]+)?")]
    private static partial Regex CaptionStart();

    /// <summary>A paragraph that captions a figure: in a Caption style, or opening with "图1", "Figure 2", "Fig. 3".</summary>
    public static bool IsCaption(string text, string? styleName) =>
        styleName?.ToLowerInvariant() is "caption" or "题注" or "图表标题" || CaptionStart().IsMatch(text) && text.Length <= 200;

    public IEnumerable<Candidate> Read(OpenXmlElement paragraph, SourceSpan at)
    {
        foreach (var element in paragraph.Descendants())
        {
            if (InFallback(element)) continue;
            switch (element)
            {
                case W.Drawing drawing:
                    var properties = drawing.Descendants<DW.DocProperties>().FirstOrDefault();
                    var extent = drawing.Descendants<DW.Extent>().FirstOrDefault();
                    var blips = drawing.Descendants<A.Blip>().ToList();
                    // A group of pictures has one extent for all: each picture is shown at its own size then.
                    var size = blips.Count == 1 && extent?.Cx?.Value is long cx && extent.Cy?.Value is long cy ? ImageSize.FromEmu(cx, cy) : null;
                    string alt = properties?.Description?.Value ?? properties?.Title?.Value ?? "";
                    string name = properties?.Name?.Value ?? "picture";
                    if (blips.Count == 0 && DrawnData(drawing, name, at) is { } drawn)
                        yield return drawn;
                    foreach (var blip in blips)
                        if (Load(blip.Embed?.Value, blip.Link?.Value, name, at) is { } key)
                            yield return new FigureCandidate(key, alt, null, size, at);
                    break;
                case V.ImageData data when !data.Ancestors<W.Drawing>().Any():
                    string? title = data.Title?.Value;
                    if (Load(data.RelationshipId?.Value, null, title ?? "picture", at) is { } vmlKey)
                        yield return new FigureCandidate(vmlKey, (data.Parent as V.Shape)?.Alternate?.Value ?? title ?? "", null, VmlSize(data), at);
                    break;
            }
        }
    }

    /// <summary>
    /// A chart (its data as a table) or a SmartArt diagram (its text as a list), each with a warning: the drawing itself
    /// is not kept. Null, with the warning, when there is nothing to show.
    /// </summary>
    private Candidate? DrawnData(W.Drawing drawing, string name, SourceSpan at)
    {
        if (drawing.Descendants<DocumentFormat.OpenXml.Drawing.Charts.ChartReference>().FirstOrDefault() is { } chart)
        {
            var table = DocxDrawnData.Root(part, chart.Id?.Value) is { } space ? DocxDrawnData.ChartTable(space, at) : null;
            Warn("chart-not-kept", table is null
                ? $"the chart \"{name}\" is drawn from data, not a picture; it is not kept"
                : $"the chart \"{name}\" is drawn from data, not a picture; its data is kept as a table", at);
            return table;
        }
        if (drawing.Descendants<DocumentFormat.OpenXml.Drawing.Diagrams.RelationshipIds>().FirstOrDefault() is { } diagram)
        {
            var texts = DocxDrawnData.Root(part, diagram.DataPart?.Value) is { } model ? DocxDrawnData.DiagramTexts(model) : [];
            Warn("diagram-not-kept", texts.Count == 0
                ? $"the diagram \"{name}\" (SmartArt) is not kept"
                : $"the diagram \"{name}\" (SmartArt) is not kept; its text is kept as a list", at);
            return texts.Count == 0 ? null : new ListCandidate(false, texts.Select(RecoveredText.FromPlain).ToList(), at);
        }
        if (drawing.Descendants<A.GraphicData>().Any(g => g.Uri?.Value?.Contains("chart", StringComparison.Ordinal) == true))
            Warn("chart-not-kept", $"the chart \"{name}\" is drawn from data, not a picture; it is not kept", at);
        return null;
    }

    /// <summary>
    /// Inside the fallback of a markup-compatibility choice whose preferred form holds a drawing: the same picture
    /// again in VML for old readers, not a second picture.
    /// </summary>
    private static bool InFallback(OpenXmlElement element) =>
        element.Ancestors<AlternateContentFallback>().Any(f => f.Parent?.ChildElements.OfType<AlternateContentChoice>().Any(c => c.Descendants<W.Drawing>().Any()) == true);

    private string? Load(string? embed, string? link, string name, SourceSpan at)
    {
        var outside = part.ExternalRelationships.FirstOrDefault(r => r.Id == (embed ?? link));
        if (embed is null || outside is not null)
        {
            string target = outside?.Uri.OriginalString ?? link ?? "(no target)";
            Warn("image-external", $"the picture \"{name}\" is linked from outside the document ({target}); it was not fetched", at);
            return null;
        }
        byte[] bytes;
        string? declared;
        try
        {
            var image = part.GetPartById(embed);
            using var stream = image.GetStream();
            bytes = ImageLoader.ReadBounded(stream);
            declared = image.ContentType;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or KeyNotFoundException or IOException or InvalidOperationException)
        {
            Warn("image-missing", $"the picture \"{name}\" points at a part that is not in the package ({embed})", at);
            return null;
        }
        string? sniffed = MediaTypes.Sniff(bytes);
        if (sniffed is null)
        {
            Warn("image-undecodable", $"the picture \"{name}\" ({declared}, {bytes.Length} bytes) is not an image this product can read", at);
            return null;
        }
        Resources = Resources.Add(bytes, sniffed, out var key);
        return key;
    }

    private static ImageSize? VmlSize(V.ImageData data)
    {
        string? style = (data.Parent as V.Shape)?.Style?.Value;
        if (style is null) return null;
        double? Points(string name) => style.Split(';').Select(p => p.Split(':')).Where(p => p.Length == 2 && p[0].Trim() == name)
            .Select(p => p[1].Trim()).Select(v => v.EndsWith("pt") && double.TryParse(v[..^2], System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : (double?)null)
            .FirstOrDefault();
        return Points("width") is double w && Points("height") is double h ? new ImageSize((int)Math.Round(w * 96 / 72), (int)Math.Round(h * 96 / 72)) : null;
    }

    private void Warn(string code, string message, SourceSpan at) =>
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, at));
}
