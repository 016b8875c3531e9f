using System.IO.Compression;
using System.Text;
using ReportPipeline.Decoding;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// Checks a file before the OpenXml SDK opens it, so bad input gets a clear message: a password-protected document
/// or a legacy .doc (both OLE compound files), something that is not a zip, a zip without a Word document in it,
/// and a document that would unzip to more than <see cref="MaxUnzippedBytes"/> (refused before it fills memory).
/// </summary>
internal static class DocxPackageGuard
{
    public const long MaxUnzippedBytes = 512L * 1024 * 1024;
    private const int MaxEntries = 10_000;

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";

    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static void Check(byte[] content, long maxUnzippedBytes)
    {
        if (content.Length == 0) throw new ReportReadException("the file is empty");
        if (content.AsSpan().StartsWith(CompoundFile))
        {
            bool encrypted = content.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0;
            throw new ReportReadException(encrypted
                ? "the document is password-protected; remove the password in Word and convert again"
                : "this is a legacy Word 97-2003 document (.doc); save it as .docx first");
        }
        if (!content.AsSpan().StartsWith("PK"u8)) throw new ReportReadException("not a Word document (the file is not a zip package)");
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) throw new ReportReadException($"the package holds {zip.Entries.Count} parts, more than a Word document has");
            long total = zip.Entries.Sum(e => e.Length);
            if (total > maxUnzippedBytes)
                throw new ReportReadException($"the document unzips to {Megabytes(total)}, over the {Megabytes(maxUnzippedBytes)} limit");
            if (zip.GetEntry("[Content_Types].xml") is null || !zip.Entries.Any(e => e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase)))
                throw new ReportReadException("a zip file, but not a Word document (no word/document.xml)");
        }
        catch (InvalidDataException e)
        {
            throw new ReportReadException("not a Word document (the zip package is damaged)", e);
        }
    }
}
