using System.Text.Json.Nodes;
using ReportPipeline.Writers.Docx;

namespace ReportPipeline.Cli.Serve;

/// <summary>
/// One uploaded report: its files live in <see cref="Folder"/> under names the server chose (the client's name is
/// only shown, never used as a path). State changes come from one worker at a time.
/// </summary>
public sealed class Upload(string id, string owner, string displayName, string folder, string inputPath, IReadOnlyList<string> formats, ReferenceDocx? template)
{
    public string Id { get; } = id;

    /// <summary>The browser that uploaded it (its client cookie); nobody else can see it.</summary>
    public string Owner { get; } = owner;

    public string DisplayName { get; } = displayName;

    public string Folder { get; } = folder;

    public string InputPath { get; } = inputPath;

    /// <summary>The outputs the person asked for (md, html, docx, json).</summary>
    public IReadOnlyList<string> Formats { get; } = formats;

    /// <summary>The office template (.docx) sent before it, whose styles and page setup the Word output takes.</summary>
    public ReferenceDocx? Template { get; } = template;

    public DateTimeOffset Created { get; } = DateTimeOffset.UtcNow;

    public volatile UploadState State = UploadState.Queued;

    public string? Error { get; set; }

    public JsonObject? Summary { get; set; }

    public DateTimeOffset? Finished { get; set; }

    /// <summary>Path of an output inside the upload's folder.</summary>
    public string OutputPath(string format) => Path.Combine(Folder, $"report.{format}");

    /// <summary>The name downloads get: the display name without its extension.</summary>
    public string DownloadStem => Path.GetFileNameWithoutExtension(DisplayName) is { Length: > 0 } stem ? stem : "report";

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = DisplayName,
        ["state"] = State.ToString().ToLowerInvariant(),
        ["error"] = Error,
        ["formats"] = new JsonArray([.. Formats.Select(f => (JsonNode)JsonValue.Create(f))]),
        ["template"] = Template is not null,
        ["summary"] = Summary?.DeepClone(),
    };
}
