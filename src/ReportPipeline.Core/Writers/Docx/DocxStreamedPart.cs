using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// A part too large to hold as a tree (the body, the notes): its root's opening tag, then each element as soon as it
/// is made, go to a temporary file, and <see cref="DocxPackage"/> copies that file into the part's entry when it writes
/// the package (the package holds the part empty until then). The XML is what the SDK writes when it saves the whole
/// tree: the same writer settings, each element written by the SDK itself.
/// </summary>
internal sealed class DocxStreamedPart : IDisposable
{
    private const string XmlnsUri = "http://www.w3.org/2000/xmlns/";

    private readonly Stream file = TemporaryFile();
    private readonly XmlWriter xml;

    /// <param name="part">The part whose content this is; it stays empty in the package.</param>
    /// <param name="root">The part's root element, childless: its name and namespace declarations open the XML.</param>
    /// <param name="declaredBelow">Namespaces the SDK would declare first on the root (<see cref="DocxRootNamespaces"/>).</param>
    public DocxStreamedPart(OpenXmlPart part, OpenXmlElement root, IEnumerable<(string Prefix, string Uri)> declaredBelow)
    {
        EntryName = part.Uri.OriginalString.TrimStart('/');
        // As OpenXmlPartRootElement.Save: UTF-8 without a byte-order mark, the XML declaration written by the writer.
        xml = XmlWriter.Create(file, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        xml.WriteStartElement(root.Prefix, root.LocalName, root.NamespaceUri);
        foreach (var (prefix, uri) in declaredBelow) xml.WriteAttributeString("xmlns", prefix, XmlnsUri, uri);
        foreach (var (prefix, uri) in root.NamespaceDeclarations) xml.WriteAttributeString("xmlns", prefix, XmlnsUri, uri);
    }

    /// <summary>The part's name in the zip ("word/document.xml").</summary>
    public string EntryName { get; }

    /// <summary>Opens a childless element's tag (the body) for the elements written next.</summary>
    public void Open(OpenXmlElement element) => xml.WriteStartElement(element.Prefix, element.LocalName, element.NamespaceUri);

    public void Write(OpenXmlElement element)
    {
        // Saving a whole tree walks it first (for the namespaces to declare on the root), which parses every element
        // made from XML text, so each is written as parsed rather than as its text: walked here too, the bytes are the same.
        foreach (var _ in element.Descendants()) { }
        element.WriteTo(xml);
    }

    /// <summary>Closes every open tag and gives the whole XML, read from its start.</summary>
    public Stream Finish()
    {
        xml.WriteEndDocument();
        xml.Flush();
        file.Position = 0;
        return file;
    }

    public void Dispose()
    {
        xml.Dispose();
        file.Dispose();
    }

    /// <summary>A file nobody else sees, gone when closed (on Unix removed at once, so a killed run leaves nothing).</summary>
    private static FileStream TemporaryFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $".rp-{Environment.ProcessId}-{Guid.NewGuid():N}.xml");
        if (OperatingSystem.IsWindows())
            return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        File.Delete(path);
        return stream;
    }
}
