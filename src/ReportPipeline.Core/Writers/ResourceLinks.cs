using ReportPipeline.Model;

namespace ReportPipeline.Writers;

/// <summary>
/// How a text output points at the document's images: files in a folder beside it (<c>report_files/…</c>,
/// written by the pipeline) or data URIs inside it.
/// </summary>
/// <param name="Folder">The folder's name, relative to the output; null to embed every image as a data URI.</param>
public sealed record ResourceLinks(string? Folder)
{
    public static readonly ResourceLinks Embedded = new((string?)null);

    /// <summary>The folder an output's images go to: its own name with "_files" ("report.md" → "report_files").</summary>
    public static string FolderFor(string outputStem) => Path.GetFileName(outputStem) + "_files";

    /// <summary>The address an output writes for an image.</summary>
    public string Href(Resource resource) => Folder is null
        ? $"data:{resource.MediaType};base64,{Convert.ToBase64String(resource.Bytes.AsSpan())}"
        : $"{Uri.EscapeDataString(Folder)}/{resource.FileName}";
}
