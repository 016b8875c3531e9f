using System.Collections.Concurrent;
using ReportPipeline.Writers.Docx;

namespace ReportPipeline.Cli.Serve;

/// <summary>
/// The uploads held by the server and the work folder their files live in. A lookup names the owner, so one browser
/// never reaches another's uploads; files go when an upload is removed, when it expires, and all of them at stop.
/// </summary>
public sealed class UploadStore(ServeOptions options)
{
    private readonly ConcurrentDictionary<string, Upload> uploads = new();
    private readonly ConcurrentDictionary<string, (string Owner, string Folder, ReferenceDocx Template)> templates = new();

    public string WorkFolder { get; } = Directory.CreateDirectory(options.WorkFolder ?? Path.Combine(Path.GetTempPath(), $"reportpipeline-serve-{FileNames.NewId()}")).FullName;

    public int Count => uploads.Count;

    public Upload? Find(string? id, string owner) =>
        id is not null && uploads.TryGetValue(id, out var upload) && upload.Owner == owner ? upload : null;

    public IEnumerable<Upload> OwnedBy(string owner) => uploads.Values.Where(u => u.Owner == owner).OrderBy(u => u.Created);

    /// <summary>A new folder for an upload, named by a fresh id.</summary>
    public (string Id, string Folder) NewFolder()
    {
        string id = FileNames.NewId();
        return (id, Directory.CreateDirectory(Path.Combine(WorkFolder, id)).FullName);
    }

    public void Add(Upload upload) => uploads[upload.Id] = upload;

    public ReferenceDocx? Template(string? id, string owner) =>
        id is not null && templates.TryGetValue(id, out var t) && t.Owner == owner ? t.Template : null;

    public void AddTemplate(string id, string owner, string folder, ReferenceDocx template) => templates[id] = (owner, folder, template);

    public bool Remove(string id, string owner)
    {
        if (Find(id, owner) is not { } upload || !uploads.TryRemove(id, out _)) return false;
        // A conversion still running finishes into a folder that is gone; its worker removes what it wrote.
        DeleteFolder(upload.Folder);
        return true;
    }

    /// <summary>Removes uploads finished (or failed) longer ago than the keep time.</summary>
    public int RemoveExpired(DateTimeOffset now)
    {
        int removed = 0;
        foreach (var upload in uploads.Values)
            if (upload.Finished is { } finished && now - finished >= options.Keep && Remove(upload.Id, upload.Owner)) removed++;
        foreach (var (id, template) in templates)
            if (now - Directory.GetCreationTimeUtc(template.Folder) >= options.Keep && templates.TryRemove(id, out _)) DeleteFolder(template.Folder);
        return removed;
    }

    /// <summary>Removes every file the server wrote.</summary>
    public void DeleteAll()
    {
        uploads.Clear();
        templates.Clear();
        DeleteFolder(WorkFolder);
    }

    public static void DeleteFolder(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
