using ReportPipeline.Model;
using ReportPipeline.Writers;

namespace ReportPipeline.Pipeline;

/// <summary>
/// The folder of images beside a conversion's outputs (<c>report_files/</c>), written with the outputs through the
/// same atomic file set: every image goes to a temporary file and is renamed only when the whole conversion is complete.
/// </summary>
public static class ResourceFolder
{
    /// <summary>How the outputs point at images: files in the folder, or data URIs when embedding or when no output links files.</summary>
    public static ResourceLinks LinksFor(string outputStem, ReportDocument document, IEnumerable<IReportWriter> writers, bool embed) =>
        embed || document.Resources.Count == 0 || !writers.Any(w => w.LinksResources)
            ? ResourceLinks.Embedded
            : new ResourceLinks(ResourceLinks.FolderFor(outputStem));

    /// <summary>Writes the document's images into the folder the links name; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(AtomicFileSet files, string outputStem, ReportDocument document, ResourceLinks links)
    {
        if (links.Folder is null) return [];
        string folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputStem))!, links.Folder);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var resource in document.Resources.All)
        {
            string target = Path.Combine(folder, resource.FileName);
            files.Write(target, stream => stream.Write(resource.Bytes.AsSpan()));
            written.Add(target);
        }
        return written;
    }
}
