namespace ReportPipeline.Pipeline;

/// <summary>
/// The outputs of one conversion, committed together or not at all. Each file is staged under a short temporary
/// name beside its target (<c>.rp-PID-TOKEN-N.tmp</c>, whatever the target's length); <see cref="Commit"/> writes a
/// manifest, moves the old targets aside, moves the staged files in, and only then drops the old ones, so a failure
/// part-way puts the old set back whole. A run killed part-way leaves its manifest: <see cref="StagedFiles.CleanOrphans"/>
/// at the next run into that folder rolls the set back and removes the temporary files.
/// </summary>
public sealed class AtomicFileSet : IDisposable
{
    private readonly List<(string Temporary, string Target)> pending = [];
    private readonly string token = Guid.NewGuid().ToString("N")[..8];

    /// <summary>Writes a file under a temporary name; <see cref="Commit"/> gives it its real name.</summary>
    public void Write(string target, Action<Stream> write)
    {
        target = Path.GetFullPath(target);
        string temporary = StagedFiles.Name(Path.GetDirectoryName(target)!, token, pending.Count, StagedFiles.Staged);
        pending.Add((temporary, target));
        using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        write(stream);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Swaps every staged file in for its target; on failure the old targets are back and the error is rethrown.</summary>
    public void Commit()
    {
        if (pending.Count == 0) return;
        string directory = Path.GetDirectoryName(pending[0].Target)!;
        var entries = pending.Select((p, i) => new StagedFiles.Entry(p.Target, p.Temporary,
            File.Exists(p.Target) ? StagedFiles.Name(directory, token, i, StagedFiles.Previous) : null)).ToList();
        string manifest = StagedFiles.Name(directory, token, -1, StagedFiles.Manifest);
        StagedFiles.WriteManifest(manifest, entries);
        try
        {
            foreach (var e in entries)
                if (e.Backup is not null) File.Move(e.Target, e.Backup);
            foreach (var e in entries) File.Move(e.Staged, e.Target, overwrite: true);
        }
        catch
        {
            StagedFiles.RollBack(manifest, entries);
            throw;
        }
        StagedFiles.Finish(manifest, entries);
        pending.Clear();
    }

    /// <summary>Removes the temporary files of an uncommitted set; existing targets stay untouched.</summary>
    public void Dispose()
    {
        foreach (var (temporary, _) in pending)
            try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        pending.Clear();
    }
}
