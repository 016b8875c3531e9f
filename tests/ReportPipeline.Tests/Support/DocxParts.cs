using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace ReportPipeline.Tests.Support;

/// <summary>A Word file as reviewable text: its content parts, pretty-printed, in a fixed order (zip bytes never compared).</summary>
public static class DocxParts
{
    private static readonly string[] Parts =
        ["docProps/core.xml", "word/document.xml", "word/footnotes.xml", "word/numbering.xml", "word/_rels/document.xml.rels"];

    public static string Normalize(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var sb = new StringBuilder();
        foreach (var name in Parts)
        {
            var entry = zip.GetEntry(name);
            if (entry is null) continue;
            using var reader = new StreamReader(entry.Open());
            var xml = XDocument.Parse(reader.ReadToEnd());
            sb.Append("<!-- ").Append(name).Append(" -->\n").Append(xml.Root!.ToString()).Append("\n\n");
        }
        return sb.ToString();
    }
}
