namespace ReportPipeline.Pipeline;

/// <summary>
/// Output that is never half-written: content goes to a temporary file beside the target, which replaces
/// the target only once every file of a conversion is complete.
/// </summary>
public sealed class AtomicFileSet : IDisposable
{
    private readonly List<(string Temporary, string Target)> pending = [];

    /// <summary>Writes a file under a temporary name; <see cref="Commit"/> gives it its real name.</summary>
    public void Write(string target, Action<Stream> write)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        string temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        pending.Add((temporary, target));
        using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        write(stream);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Renames every temporary file to its target, replacing what was there.</summary>
    public void Commit()
    {
        foreach (var (temporary, target) in pending) File.Move(temporary, target, overwrite: true);
        pending.Clear();
    }

    /// <summary>Removes the temporary files of an uncommitted set; existing targets stay untouched.</summary>
    public void Dispose()
    {
        foreach (var (temporary, _) in pending)
            try { File.Delete(temporary); } catch (IOException) { }
        pending.Clear();
    }
}
