using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// An office's own Word template, used as pandoc uses <c>--reference-doc</c>: its styles, list numbering, font table,
/// theme, page setup (paper, margins, grid) and headers and footers replace the house style's; its text is ignored.
/// Styles are matched by name (Chinese Word calls "heading 1" by the id "1"), so the writer's style ids are given to the
/// template's styles; a style the writer needs and the template lacks is added from the house style, and
/// <see cref="MissingStyles"/> names it so the caller can warn.
/// </summary>
public sealed class ReferenceDocx
{
    private static readonly XNamespace Wn = DocxStyles.Ns;
    private readonly byte[] bytes;
    private readonly XDocument styles;
    private readonly XDocument? numbering;
    private readonly XElement? section;

    private ReferenceDocx(byte[] bytes, XDocument styles, XDocument? numbering, XElement? section, string? fontTable, bool evenAndOdd)
    {
        this.bytes = bytes;
        this.styles = styles;
        this.numbering = numbering;
        this.section = section;
        FontTable = fontTable;
        EvenAndOddHeaders = evenAndOdd;
        Page = section is null ? null : PageOf(section);
    }

    /// <summary>The template's font table, or null to use the house's.</summary>
    public string? FontTable { get; }

    /// <summary>Odd and even pages have their own headers and footers in the template.</summary>
    public bool EvenAndOddHeaders { get; }

    internal DocxPage? Page { get; }

    /// <summary>The first list-numbering instance id the writer may use: after the template's own.</summary>
    public int FirstFreeNumId => (numbering?.Root!.Elements(Wn + "num").Select(n => (int?)Id(n, "numId")).Max() ?? 0) + 1;

    /// <exception cref="InvalidDataException">The file is not a Word document or has no styles.</exception>
    public static ReferenceDocx Load(byte[] bytes)
    {
        try
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            var main = package.MainDocumentPart ?? throw new InvalidDataException("has no main document part");
            var stylesPart = main.StyleDefinitionsPart ?? throw new InvalidDataException("has no styles");
            static XDocument Read(OpenXmlPart part) { using var s = part.GetStream(); return XDocument.Load(s); }
            var body = Read(main).Root!.Element(Wn + "body");
            var settings = main.DocumentSettingsPart is { } sp ? Read(sp) : null;
            return new ReferenceDocx(bytes, Read(stylesPart), main.NumberingDefinitionsPart is { } np ? Read(np) : null,
                body?.Elements(Wn + "sectPr").LastOrDefault(),
                main.FontTablePart is { } fp ? Read(fp).Root!.ToString(SaveOptions.DisableFormatting) : null,
                settings?.Root!.Element(Wn + "evenAndOddHeaders") is { } e && (string?)e.Attribute(Wn + "val") is null or "1" or "true" or "on");
        }
        catch (Exception e) when (e is not (InvalidDataException or OutOfMemoryException))
        {
            throw new InvalidDataException($"is not a readable Word document ({e.Message})", e);
        }
    }

    /// <summary>Styles the writer uses that the template lacks (by name), as "name (id)".</summary>
    public IReadOnlyList<string> MissingStyles(string language)
    {
        var have = StyleNames(styles);
        return [.. StyleEntries(XDocument.Parse(DocxHouseStyle.For(language).Styles()))
            .Where(s => !have.Contains(Key(s)))
            .Select(s => $"{(string?)s.Element(Wn + "name")?.Attribute(Wn + "val")} ({(string?)s.Attribute(Wn + "styleId")})")];
    }

    /// <summary>The template's styles under the writer's ids, with the house's added for what the template lacks.</summary>
    internal string Styles(DocxHouseStyle house)
    {
        var result = new XDocument(styles);
        var ours = StyleEntries(XDocument.Parse(house.Styles())).ToList();
        var theirs = StyleEntries(result).ToDictionary(Key, s => s, StringComparer.OrdinalIgnoreCase);
        foreach (var style in ours)
        {
            string id = (string)style.Attribute(Wn + "styleId")!;
            if (theirs.TryGetValue(Key(style), out var match)) Rename(result, (string)match.Attribute(Wn + "styleId")!, id);
            else result.Root!.Add(new XElement(style));
        }
        return result.Root!.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The template's numbering with the writer's bullet and decimal lists appended after its own ids.</summary>
    internal string Numbering(int orderedLists)
    {
        var ours = XDocument.Parse(DocxStyles.Numbering(orderedLists));
        if (numbering is null) return ours.Root!.ToString(SaveOptions.DisableFormatting);
        var result = new XDocument(numbering);
        int abstractBase = (result.Root!.Elements(Wn + "abstractNum").Select(a => (int?)Id(a, "abstractNumId")).Max() ?? -1) + 1;
        int numBase = FirstFreeNumId - 1;
        foreach (var a in ours.Root!.Elements(Wn + "abstractNum"))
        {
            a.SetAttributeValue(Wn + "abstractNumId", Id(a, "abstractNumId") + abstractBase);
            var lastAbstract = result.Root.Elements(Wn + "abstractNum").LastOrDefault();
            if (lastAbstract is null) result.Root.AddFirst(new XElement(a)); else lastAbstract.AddAfterSelf(new XElement(a));
        }
        foreach (var n in ours.Root.Elements(Wn + "num"))
        {
            n.SetAttributeValue(Wn + "numId", Id(n, "numId") + numBase);
            var target = n.Element(Wn + "abstractNumId")!;
            target.SetAttributeValue(Wn + "val", Id(target, "val") + abstractBase);
            // w:num elements follow every w:abstractNum and precede w:numIdMacAtCleanup.
            var cleanup = result.Root.Element(Wn + "numIdMacAtCleanup");
            if (cleanup is null) result.Root.Add(new XElement(n)); else cleanup.AddBeforeSelf(new XElement(n));
        }
        return result.Root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The template's last section properties, its headers and footers copied into <paramref name="main"/>; null when it has none.</summary>
    internal SectionProperties? PageSetup(MainDocumentPart main)
    {
        if (section is null) return null;
        var copy = new XElement(section);
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var theirs = package.MainDocumentPart!;
        foreach (var reference in copy.Elements().Where(e => e.Name == Wn + "headerReference" || e.Name == Wn + "footerReference").ToList())
        {
            var rel = reference.Attribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"));
            if (rel is null || theirs.GetPartById(rel.Value) is not { } part) { reference.Remove(); continue; }
            var added = main.AddPart(part);
            rel.Value = main.GetIdOfPart(added);
        }
        return new SectionProperties(copy.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>Copies the template's theme, which its styles' theme fonts refer to.</summary>
    internal void CopyTheme(MainDocumentPart main)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        if (package.MainDocumentPart!.ThemePart is { } theme) main.AddPart(theme);
    }

    private static DocxPage? PageOf(XElement section)
    {
        var size = section.Element(Wn + "pgSz");
        var margin = section.Element(Wn + "pgMar");
        if (size is null || margin is null) return null;
        int A(XElement e, string name) => int.TryParse((string?)e.Attribute(Wn + name), out int v) ? v : 0;
        return new DocxPage(A(size, "w"), A(size, "h"), A(margin, "top"), A(margin, "bottom"), A(margin, "left"), A(margin, "right"),
            A(margin, "header"), A(margin, "footer"));
    }

    private static IEnumerable<XElement> StyleEntries(XDocument doc) => doc.Root!.Elements(Wn + "style");

    private static string Key(XElement style) =>
        $"{(string?)style.Attribute(Wn + "type")}:{((string?)style.Element(Wn + "name")?.Attribute(Wn + "val"))?.ToLowerInvariant()}";

    private static HashSet<string> StyleNames(XDocument doc) => StyleEntries(doc).Select(Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static int Id(XElement e, string attribute) => int.Parse((string)e.Attribute(Wn + attribute)!);

    /// <summary>Gives a style a new id, updating every reference to it; a different style holding that id moves aside.</summary>
    private static void Rename(XDocument doc, string from, string to)
    {
        if (from == to) return;
        var holder = StyleEntries(doc).FirstOrDefault(s => (string?)s.Attribute(Wn + "styleId") == to);
        if (holder is not null) Rename(doc, to, to + "Reference");
        foreach (var style in StyleEntries(doc).Where(s => (string?)s.Attribute(Wn + "styleId") == from))
            style.SetAttributeValue(Wn + "styleId", to);
        foreach (var link in doc.Descendants().Where(e => e.Name == Wn + "basedOn" || e.Name == Wn + "next" || e.Name == Wn + "link"
                     || e.Name == Wn + "pStyle" || e.Name == Wn + "rStyle"))
            if ((string?)link.Attribute(Wn + "val") == from) link.SetAttributeValue(Wn + "val", to);
    }
}
