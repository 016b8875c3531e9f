using System.IO.Compression;
using System.Xml.Linq;

namespace ReportPipeline.Tests.Gongwen;

/// <summary>
/// A Word file read as its package XML, with no help from our writer: styles with what they inherit (basedOn and
/// document defaults), the section's page and grid, the footers, and paragraphs with their styles.
/// </summary>
public sealed class WordPackage
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly Dictionary<string, XDocument> parts = [];

    public WordPackage(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml") || e.FullName.EndsWith(".rels")))
        {
            using var stream = entry.Open();
            parts[entry.FullName] = XDocument.Load(stream);
        }
    }

    public XDocument Part(string name) => parts[name];

    public bool Has(string name) => parts.ContainsKey(name);

    public XElement Styles => Part("word/styles.xml").Root!;

    public XElement Section => Part("word/document.xml").Root!.Descendants(W + "sectPr").Last();

    public IEnumerable<XElement> Paragraphs => Part("word/document.xml").Root!.Descendants(W + "p");

    public XElement? Style(string id) => Styles.Elements(W + "style").FirstOrDefault(s => (string?)s.Attribute(W + "styleId") == id);

    public static string? Val(XElement? e) => (string?)e?.Attribute(W + "val");

    public static string? StyleOf(XElement paragraph) => Val(paragraph.Element(W + "pPr")?.Element(W + "pStyle"));

    /// <summary>A run property of a style as Word resolves it: the style, then what it is based on, then the document defaults.</summary>
    public XElement? RunProperty(string styleId, string property) =>
        Resolve(styleId, "rPr", property) ?? Styles.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr")?.Element(W + property);

    public XElement? ParagraphProperty(string styleId, string property) =>
        Resolve(styleId, "pPr", property) ?? Styles.Element(W + "docDefaults")?.Element(W + "pPrDefault")?.Element(W + "pPr")?.Element(W + property);

    private XElement? Resolve(string? styleId, string group, string property)
    {
        for (var style = styleId is null ? null : Style(styleId); style is not null; style = Style(Val(style.Element(W + "basedOn")) ?? ""))
            if (style.Element(W + group)?.Element(W + property) is { } found) return found;
        return null;
    }

    public string? EastAsiaFont(string styleId) => (string?)RunProperty(styleId, "rFonts")?.Attribute(W + "eastAsia");

    public string? AsciiFont(string styleId) => (string?)RunProperty(styleId, "rFonts")?.Attribute(W + "ascii");

    /// <summary>Font size in points.</summary>
    public double? Size(string styleId) => RunProperty(styleId, "sz") is { } sz ? int.Parse(Val(sz)!) / 2.0 : null;

    public bool Bold(string styleId) => RunProperty(styleId, "b") is { } b && Val(b) is null or "1" or "true" or "on";

    /// <summary>The footer part a section points to for "default" (odd) or "even" pages.</summary>
    public XElement Footer(string type)
    {
        var reference = Section.Elements(W + "footerReference").Single(f => (string?)f.Attribute(W + "type") == type);
        string id = (string)reference.Attribute(R + "id")!;
        var rel = Part("word/_rels/document.xml.rels").Root!.Elements().Single(e => (string?)e.Attribute("Id") == id);
        return Part("word/" + ((string)rel.Attribute("Target")!).TrimStart('/').Replace("word/", "")).Root!;
    }
}
