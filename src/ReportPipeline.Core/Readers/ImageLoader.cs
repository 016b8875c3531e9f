using ReportPipeline.Decoding;
using ReportPipeline.Model;

namespace ReportPipeline.Readers;

/// <summary>
/// Images a page or Markdown file points at, taken into the document's resources: data URIs, and files beside the
/// input (inside its folder; a path leading out of it is refused). An address on the web is never fetched: it gives a
/// warning naming it, as do a missing file and bytes that are no image.
/// </summary>
internal sealed class ImageLoader(string? sourcePath, List<Diagnostic> diagnostics)
{
    private readonly string? folder = sourcePath is null ? null : Path.GetDirectoryName(Path.GetFullPath(sourcePath));

    public ResourceStore Resources { get; private set; } = ResourceStore.Empty;

    /// <summary>The key the image is kept under, or null (with a warning) when it cannot be taken.</summary>
    public string? Load(string? source, SourceSpan at)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        source = source.Trim();
        byte[]? bytes = source.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? FromDataUri(source, at) : FromFile(source, at);
        if (bytes is null) return null;
        if (MediaTypes.Sniff(bytes) is not { } mediaType)
        {
            Warn("image-undecodable", $"the image {Short(source)} ({bytes.Length} bytes) is not an image this product can read", at);
            return null;
        }
        Resources = Resources.Add(bytes, mediaType, out var key);
        return key;
    }

    private byte[]? FromDataUri(string uri, SourceSpan at)
    {
        int comma = uri.IndexOf(',');
        if (comma < 0 || !uri[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            Warn("image-undecodable", $"the image {Short(uri)} is a data URI that is not base64", at);
            return null;
        }
        try { return Convert.FromBase64String(uri[(comma + 1)..]); }
        catch (FormatException)
        {
            Warn("image-undecodable", $"the image {Short(uri)} is a data URI whose base64 is damaged", at);
            return null;
        }
    }

    private byte[]? FromFile(string source, SourceSpan at)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var absolute) && !absolute.IsFile || source.StartsWith("//", StringComparison.Ordinal))
        {
            Warn("image-external", $"the image {Short(source)} is on the web; it was not fetched", at);
            return null;
        }
        string relative = Uri.UnescapeDataString(source.Split('#', '?')[0]);
        string? path = folder is null || Path.IsPathRooted(relative) ? null : Path.GetFullPath(Path.Combine(folder, relative));
        if (path is null || !path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Warn("image-missing", $"the image {Short(source)} is not in the input's folder; it was not read", at);
            return null;
        }
        try { return ReadFile(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn("image-missing", $"the image {Short(source)} cannot be read ({e.GetType().Name})", at);
            return null;
        }
    }

    /// <summary>
    /// An image file, measured before it is read: a device, FIFO or socket (or a link to one, /dev/zero) is no image,
    /// and one larger than the images' budget is refused before it is read.
    /// </summary>
    private static byte[] ReadFile(string path)
    {
        var file = File.ResolveLinkTarget(path, returnFinalTarget: true) as FileInfo ?? new FileInfo(path);
        if (!file.Exists || file.Length == 0) throw new IOException("not a regular file, or empty");
        var budgets = Budgets.Current;
        if (file.Length > budgets.MaxImageBytes)
            throw Budgets.Exceeded($"an image holds {file.Length:N0} bytes", nameof(budgets.MaxImageBytes), budgets.MaxImageBytes);
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return ReadBounded(stream);
    }

    /// <summary>An image's bytes, read no further than the images' budget (a package part can inflate far beyond its declared size).</summary>
    public static byte[] ReadBounded(Stream stream)
    {
        var budgets = Budgets.Current;
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        while (stream.Read(buffer) is > 0 and var n)
        {
            if (copy.Length + n > budgets.MaxImageBytes)
                throw Budgets.Exceeded($"an image holds more than {budgets.MaxImageBytes:N0} bytes", nameof(budgets.MaxImageBytes), budgets.MaxImageBytes);
            copy.Write(buffer, 0, n);
        }
        return copy.ToArray();
    }

    private static string Short(string source) => source.Length <= 80 ? $"\"{source}\"" : $"\"{source[..77]}...\"";

    private void Warn(string code, string message, SourceSpan at) => diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, at));
}
