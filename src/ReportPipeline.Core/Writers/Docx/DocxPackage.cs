using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Writers.Docx;

/// <summary>The document properties a Word package states (docProps/core.xml); null ones are left out.</summary>
internal sealed record DocxCoreProperties(string? Title, string? Subject = null, string? Creator = null, string? Language = null, DateTime? Created = null);

/// <summary>
/// A Word package as every writer here makes it, byte-identical for the same content: fixed relationship ids (the
/// main part rId1, the properties rId2; its own parts the ones <see cref="AddCommonParts"/> gives), the properties
/// written to docProps/core.xml (System.IO.Packaging names that part and its relationship at random), and every zip
/// entry dated <see cref="EntryTime"/> (the packaging library dates them with the clock). No date of the run is written
/// anywhere; the only date is the report's own, as the properties' creation date.
/// </summary>
internal static class DocxPackage
{
    /// <summary>The date on every zip entry: the earliest a zip can hold, as reproducible builds use.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>Builds a package with <paramref name="fill"/> filling its main part, then writes it to <paramref name="output"/> (any stream).</summary>
    public static void Write(Stream output, DocxCoreProperties properties, Action<MainDocumentPart> fill) =>
        Write(output, properties, (main, _) => fill(main));

    /// <summary>
    /// As <see cref="Write(Stream, DocxCoreProperties, Action{MainDocumentPart})"/>, where <paramref name="fill"/> may
    /// also write parts element by element (<see cref="DocxStreamedPart"/>) and add them to the list it is given: the
    /// package holds them empty and their files take their place when it is written.
    /// </summary>
    public static void Write(Stream output, DocxCoreProperties properties, Action<MainDocumentPart, List<DocxStreamedPart>> fill)
    {
        var streamed = new List<DocxStreamedPart>();
        try
        {
            using var built = new MemoryStream();
            using (var package = WordprocessingDocument.Create(built, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            {
                // Parts are stored uncompressed here and compressed once, when the entries are copied with their fixed date.
                package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
                var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
                WriteProperties(package.AddNewPart<CoreFilePropertiesPart>("rId2"), properties);
                fill(main, streamed);
            }
            built.Position = 0;
            Repack(built, output, streamed.ToDictionary(p => p.EntryName, p => p.Finish(), StringComparer.Ordinal));
        }
        finally
        {
            foreach (var part in streamed) part.Dispose();
        }
    }

    /// <summary>Styles (rId1), settings (rId2), notes with their separators (rId3) and the font table (rId6); returns the notes part.</summary>
    public static FootnotesPart AddCommonParts(MainDocumentPart main, Styles styles, Settings settings, Fonts fonts)
    {
        main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = styles;
        main.AddNewPart<DocumentSettingsPart>("rId2").Settings = settings;
        var footnotes = main.AddNewPart<FootnotesPart>("rId3");
        footnotes.Footnotes = new Footnotes(DocxStyles.SeparatorFootnotes);
        main.AddNewPart<FontTablePart>("rId6").Fonts = fonts;
        return footnotes;
    }

    private static void WriteProperties(CoreFilePropertiesPart part, DocxCoreProperties properties)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/", dcterms = "http://purl.org/dc/terms/", xsi = "http://www.w3.org/2001/XMLSchema-instance";
        using var stream = part.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartElement("cp", "coreProperties", cp);
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        if (properties.Title is not null) xml.WriteElementString("dc", "title", dc, properties.Title);
        if (properties.Subject is not null) xml.WriteElementString("dc", "subject", dc, properties.Subject);
        if (properties.Creator is not null) xml.WriteElementString("dc", "creator", dc, properties.Creator);
        if (properties.Language is not null) xml.WriteElementString("dc", "language", dc, properties.Language);
        if (properties.Created is { } created)
        {
            xml.WriteStartElement("dcterms", "created", dcterms);
            xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            xml.WriteString(DateTime.SpecifyKind(created, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Copies the package's entries in their order, compressed, each dated <see cref="EntryTime"/> (a streamed part's from its file).</summary>
    private static void Repack(Stream built, Stream output, Dictionary<string, Stream> streamed)
    {
        using var source = new ZipArchive(built, ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var to = copy.Open();
            if (streamed.TryGetValue(entry.FullName, out var content)) content.CopyTo(to); // its owner closes it
            else
            {
                using var from = entry.Open();
                from.CopyTo(to);
            }
        }
    }
}
