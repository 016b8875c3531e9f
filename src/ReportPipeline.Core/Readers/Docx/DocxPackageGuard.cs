using System.IO.Compression;
using System.Text;
using ReportPipeline.Decoding;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// Checks a file before the OpenXml SDK opens it, so bad input gets a clear message: a password-protected document
/// or a legacy .doc (both OLE compound files), something that is not a zip, a zip without a Word document in it,
/// and a document over its budgets (<see cref="Budgets.MaxPartBytes"/> for one XML part, <see cref="Budgets.MaxPackageBytes"/>
/// for the whole), measured by inflating each part and counting, not by the sizes the zip declares (which may lie),
/// and refused before the SDK builds a tree of it; each XML part's nesting is checked in the same pass (<see cref="DocxNestingGuard"/>).
/// </summary>
internal static class DocxPackageGuard
{
    public const long MaxUnzippedBytes = 512L * 1024 * 1024;
    private const int MaxEntries = 10_000;

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";

    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static void CheckInflatedSizes(ZipArchive zip, Budgets budgets)
    {
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            bool xml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
            long part = 0;
            using var stream = new CountingStream(entry.Open(), n =>
            {
                part += n;
                total += n;
                if (xml && part > budgets.MaxPartBytes)
                    throw Budgets.Exceeded($"the part {entry.FullName} inflates to more than {Megabytes(budgets.MaxPartBytes)}", nameof(budgets.MaxPartBytes), budgets.MaxPartBytes);
                if (total > budgets.MaxPackageBytes)
                    throw Budgets.Exceeded($"the package inflates to more than {Megabytes(budgets.MaxPackageBytes)}", nameof(budgets.MaxPackageBytes), budgets.MaxPackageBytes);
            });
            if (xml) DocxNestingGuard.Check(stream, entry.FullName, budgets);
            stream.CopyTo(Stream.Null);
        }
    }

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
            CheckInflatedSizes(zip, Budgets.Current);
            if (zip.GetEntry("[Content_Types].xml") is null || !zip.Entries.Any(e => e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase)))
                throw new ReportReadException("a zip file, but not a Word document (no word/document.xml)");
        }
        catch (InvalidDataException e)
        {
            throw new ReportReadException("not a Word document (the zip package is damaged)", e);
        }
    }
}
