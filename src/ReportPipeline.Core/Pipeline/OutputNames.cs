namespace ReportPipeline.Pipeline;

/// <summary>
/// What the file system holding the outputs allows: whether names differing only in case are different files
/// (probed, since Linux, macOS and Windows disks differ), and how long a name may be.
/// </summary>
internal static class OutputNames
{
    /// <summary>NAME_MAX on Linux and macOS: bytes of one name in UTF-8.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>The longest output suffix (".docx", or ".pdf.docx" where two inputs share a name) plus room.</summary>
    public static bool TooLong(string path) => System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(path)) + ".docx".Length > MaxNameBytes;

    public static StringComparer Comparer(string outputDirectory)
    {
        try
        {
            Directory.CreateDirectory(outputDirectory);
            string probe = Path.Combine(outputDirectory, $"{StagedFiles.Prefix}{Environment.ProcessId}-case{StagedFiles.Staged}");
            File.WriteAllBytes(probe, []);
            try { return File.Exists(Path.Combine(outputDirectory, Path.GetFileName(probe).ToUpperInvariant())) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal; }
            finally { File.Delete(probe); }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        }
    }
}
