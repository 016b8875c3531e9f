using ReportPipeline.Decoding;

namespace ReportPipeline.Pipeline;

/// <summary>
/// Reads an input's bytes only when it is a regular file within budget. A device, FIFO or socket (also one reached
/// through a symbolic link, such as a link to /dev/zero) reports no size, so it is refused before it is opened:
/// opening a FIFO would wait for a writer forever, reading a device would never end.
/// </summary>
public static class InputFile
{
    public static byte[] Read(string path, Budgets budgets)
    {
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (file.LinkTarget is not null)
                file = File.ResolveLinkTarget(path, returnFinalTarget: true) as FileInfo
                    ?? throw new ReportReadException("is a link to a folder, not a file");
        }
        catch (IOException e) { throw new ReportReadException($"the link cannot be followed ({e.Message})", e); }
        if (!file.Exists) throw new ReportReadException(Directory.Exists(file.FullName) ? "is a folder, not a file" : "no such file (or a broken link)");
        if (file.Length == 0) throw new ReportReadException("the file is empty, or is not a regular file (a device, FIFO or socket)");
        if (file.Length > budgets.MaxInputBytes)
            throw Budgets.Exceeded($"the file holds {file.Length:N0} bytes", nameof(budgets.MaxInputBytes), budgets.MaxInputBytes);
        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            // Read what the size promised and no more: a file that grows while read is cut where it was measured.
            var content = new byte[file.Length];
            int read = 0;
            while (read < content.Length && stream.Read(content, read, content.Length - read) is > 0 and var n) read += n;
            return read == content.Length ? content : content[..read];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new ReportReadException(e.Message, e); }
    }
}
