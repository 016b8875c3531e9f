using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportPipeline.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// Figures as DrawingML inline pictures, a figure's pictures side by side in one paragraph: each image stored once as an image part, shown at its source size (or the
/// size its bytes declare) and no wider than the text column, with its alt text; the caption follows in the Caption style.
/// </summary>
internal sealed class DocxFigure(MainDocumentPart main, ResourceStore store)
{
    /// <summary>The text column of the A4 page the writer sets up, in pixels.</summary>
    private const int ColumnWidthPixels = 590;

    private readonly Dictionary<string, string> parts = [];

    /// <summary>
    /// The prefixes pictures, hyperlinks and formulas use, declared on the document element as Word does: some readers
    /// (pandoc) know a prefix only from there.
    /// </summary>
    public static void DeclareNamespaces(W.Document document)
    {
        foreach (var (prefix, uri) in new[]
        {
            ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
            ("m", "http://schemas.openxmlformats.org/officeDocument/2006/math"),
            ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
            ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
            ("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
        })
            document.AddNamespaceDeclaration(prefix, uri);
    }
    private uint pictureNumber;

    /// <summary>The picture formats a Word package holds as image parts.</summary>
    private static readonly HashSet<string> WordImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff", "image/x-icon", "image/svg+xml", "image/x-emf", "image/x-wmf", "image/emf", "image/wmf",
    };

    /// <summary>
    /// The figure's pictures in one centred paragraph, side by side as Word wraps inline pictures; null when none can be
    /// shown (no picture kept, or none in a format Word holds: the caption stands alone).
    /// </summary>
    public W.Paragraph? Picture(Figure figure)
    {
        var runs = new List<W.Run>();
        for (int i = 0; i < figure.Images.Count; i++)
            if (Drawing(figure, i) is { } drawing)
            {
                if (runs.Count > 0) runs.Add(new W.Run(new W.Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
                runs.Add(new W.Run(drawing));
            }
        if (runs.Count == 0) return null;
        return new W.Paragraph(
            [new W.ParagraphProperties(new W.KeepNext(), new W.Justification { Val = W.JustificationValues.Center }), .. runs]);
    }

    private W.Drawing? Drawing(Figure figure, int index)
    {
        var image = figure.Images[index];
        if (!store.Contains(image.Key)) return null;
        var resource = store[image.Key];
        if (!WordImageTypes.Contains(resource.MediaType)) return null; // Word has no part for it
        if (!parts.TryGetValue(resource.Key, out var relationship))
        {
            relationship = parts[resource.Key] = $"rIdImg{parts.Count + 1}";
            var part = main.AddImagePart(resource.MediaType, relationship);
            using var stream = new MemoryStream(resource.Bytes.ToArray());
            part.FeedData(stream);
        }
        var (width, height) = SizeOf(image, resource);
        if (width > ColumnWidthPixels) (width, height) = (ColumnWidthPixels, (int)Math.Round(height * (double)ColumnWidthPixels / width));
        uint id = ++pictureNumber;
        long cx = width * ImageSize.EmuPerPixel, cy = height * ImageSize.EmuPerPixel;
        string alt = System.Security.SecurityElement.Escape(FigureAltText.Of(figure, index)) ?? "";
        string xml = $"""
            <w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{id}" name="Picture {id}" descr="{alt}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{id}" name="{resource.FileName}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{relationship}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>
            """;
        return new W.Drawing(xml);
    }

    /// <summary>The source's size, else the pixel size a PNG, GIF or JPEG header states, else a 4:3 picture a column wide.</summary>
    private static (int Width, int Height) SizeOf(FigureImage image, Resource resource)
    {
        if (image.Size is { Width: > 0, Height: > 0 } size) return (size.Width, size.Height);
        var b = resource.Bytes.AsSpan();
        if (resource.MediaType == "image/png" && b.Length >= 24)
            return (ReadBigEndian(b[16..20]), ReadBigEndian(b[20..24]));
        if (resource.MediaType == "image/gif" && b.Length >= 10) return (b[6] | b[7] << 8, b[8] | b[9] << 8);
        if (resource.MediaType == "image/jpeg")
            for (int i = 2; i + 9 < b.Length;)
            {
                if (b[i] != 0xFF) break;
                byte marker = b[i + 1];
                int length = b[i + 2] << 8 | b[i + 3];
                if (marker is >= 0xC0 and <= 0xC3) return (b[i + 7] << 8 | b[i + 8], b[i + 5] << 8 | b[i + 6]);
                i += 2 + length;
            }
        return (ColumnWidthPixels, ColumnWidthPixels * 3 / 4);
    }

    private static int ReadBigEndian(ReadOnlySpan<byte> b) => b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3];
}
