using System.Globalization;

namespace ReportPipeline.Pipeline;

/// <summary>The names and the manifest of <see cref="AtomicFileSet"/>, and the clean-up of sets a killed run left.</summary>
public static class StagedFiles
{
    public const string Prefix = ".rp-", Staged = ".tmp", Previous = ".bak", Manifest = ".set", Committed = ".done";

    public sealed record Entry(string Target, string Staged, string? Backup);

    internal static string Name(string directory, string token, int index, string kind) => Path.Combine(directory,
        index < 0 ? $"{Prefix}{Environment.ProcessId}-{token}{kind}" : $"{Prefix}{Environment.ProcessId}-{token}-{index}{kind}");

    internal static void WriteManifest(string manifest, IEnumerable<Entry> entries)
    {
        using (var w = new StreamWriter(manifest))
            foreach (var e in entries) w.WriteLine($"{e.Target}\t{e.Staged}\t{e.Backup}");
    }

    private static List<Entry> ReadManifest(string manifest) => File.ReadAllLines(manifest)
        .Select(l => l.Split('\t')).Where(f => f.Length == 3).Select(f => new Entry(f[0], f[1], f[2].Length == 0 ? null : f[2])).ToList();

    /// <summary>Puts the old set back: old targets return, targets that did not exist before go, staged files go.</summary>
    internal static void RollBack(string manifest, IReadOnlyList<Entry> entries)
    {
        foreach (var e in entries)
        {
            Try(() =>
            {
                if (e.Backup is not null && File.Exists(e.Backup)) File.Move(e.Backup, e.Target, overwrite: true);
                else if (e.Backup is null && !File.Exists(e.Staged) && File.Exists(e.Target)) File.Delete(e.Target);
            });
            Try(() => File.Delete(e.Staged));
        }
        Try(() => File.Delete(manifest));
    }

    /// <summary>The new set is in place: mark it so, then drop the old files and the marks.</summary>
    internal static void Finish(string manifest, IReadOnlyList<Entry> entries)
    {
        string done = Path.ChangeExtension(manifest, Committed);
        Try(() => File.Move(manifest, done));
        foreach (var e in entries)
            if (e.Backup is not null) Try(() => File.Delete(e.Backup));
        Try(() => File.Delete(done));
    }

    /// <summary>
    /// Cleans what runs that are no longer alive left in a folder: an interrupted commit is rolled back (or finished,
    /// if it had got that far), and staged and old files are removed. Files of a run still going are left alone.
    /// </summary>
    public static int CleanOrphans(string directory)
    {
        if (!Directory.Exists(directory)) return 0;
        int cleaned = 0;
        var mine = Directory.EnumerateFiles(directory, Prefix + "*").Where(f => OwnerIsGone(Path.GetFileName(f))).ToList();
        foreach (var manifest in mine.Where(f => f.EndsWith(Manifest, StringComparison.Ordinal)))
        {
            RollBack(manifest, ReadManifest(manifest));
            cleaned++;
        }
        foreach (var done in mine.Where(f => f.EndsWith(Committed, StringComparison.Ordinal)))
        {
            Finish(Path.ChangeExtension(done, Manifest), ReadManifest(done));
            Try(() => File.Delete(done));
            cleaned++;
        }
        foreach (var file in mine.Where(f => f.EndsWith(Staged, StringComparison.Ordinal) || f.EndsWith(Previous, StringComparison.Ordinal)))
            if (File.Exists(file)) { Try(() => File.Delete(file)); cleaned++; }
        // Images are staged in the <name>_files folders beside the outputs: a run killed before its manifest was written
        // leaves them there. (An emptied folder stays: a run alive in the same folder may have just made it.)
        foreach (var images in Directory.EnumerateDirectories(directory, Writers.ResourceLinks.FolderFor("*")))
            cleaned += CleanOrphans(images);
        return cleaned;
    }

    private static bool OwnerIsGone(string name)
    {
        int dash = name.IndexOf('-', Prefix.Length);
        if (dash < 0 || !int.TryParse(name.AsSpan(Prefix.Length, dash - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)) return false;
        if (pid == Environment.ProcessId) return false;
        if (OperatingSystem.IsLinux()) return !Directory.Exists($"/proc/{pid}");
        try { using var p = System.Diagnostics.Process.GetProcessById(pid); return p.HasExited; }
        catch (ArgumentException) { return true; }
    }

    private static void Try(Action action)
    {
        try { action(); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
