namespace ReportPipeline.Model;

/// <summary>Image media types by their bytes and by file extension.</summary>
public static class MediaTypes
{
    private static readonly (string Type, string Extension)[] Known =
    [
        ("image/png", ".png"), ("image/jpeg", ".jpg"), ("image/gif", ".gif"), ("image/bmp", ".bmp"),
        ("image/tiff", ".tif"), ("image/svg+xml", ".svg"), ("image/webp", ".webp"), ("image/x-emf", ".emf"), ("image/x-wmf", ".wmf"),
    ];

    public static string ExtensionOf(string mediaType) =>
        Known.FirstOrDefault(k => k.Type == mediaType).Extension ?? ".bin";

    public static string? FromExtension(string extension)
    {
        string e = extension.ToLowerInvariant();
        if (e is ".jpeg" or ".jpe") return "image/jpeg";
        if (e is ".tiff") return "image/tiff";
        return Known.FirstOrDefault(k => k.Extension == e).Type;
    }

    /// <summary>The media type the bytes themselves declare (their signature), or null when they are no image we know.</summary>
    public static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.Length > 4 && b[0] == 0x89 && b[1..4].SequenceEqual("PNG"u8)) return "image/png";
        if (b.Length > 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "image/jpeg";
        if (b.StartsWith("GIF8"u8)) return "image/gif";
        if (b.StartsWith("BM"u8)) return "image/bmp";
        if (b.StartsWith("II*\0"u8) || b.StartsWith("MM\0*"u8)) return "image/tiff";
        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (b.Length >= 44 && b[40..44].SequenceEqual(" EMF"u8)) return "image/x-emf";
        if (b.Length > 4 && (b[0] == 0xD7 && b[1] == 0xCD && b[2] == 0xC6 && b[3] == 0x9A || b[0] == 0x01 && b[1] == 0x00 && b[2] == 0x09 && b[3] == 0x00)) return "image/x-wmf";
        var head = System.Text.Encoding.UTF8.GetString(b[..Math.Min(b.Length, 512)]);
        if (head.Contains("<svg", StringComparison.Ordinal)) return "image/svg+xml";
        return null;
    }
}
