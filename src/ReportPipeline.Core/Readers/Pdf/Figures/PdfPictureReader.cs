using ReportPipeline.Model;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Stage 1 (pictures and drawings): the images of a page with their places, and the paths that are no ruling, as
/// PdfPig reads them. Bytes are taken only when a picture turns out to be a figure: a JPEG stream as it is stored
/// (byte for byte what the PDF holds), other encodings through PdfPig's PNG conversion; JPEG 2000, JBIG2 and other
/// streams PdfPig cannot turn into a PNG say so.
/// </summary>
internal static class PdfPictureReader
{
    public static List<PdfPicture> Pictures(Page page, PageFrame frame)
    {
        var pictures = new List<PdfPicture>();
        foreach (var image in page.GetImages())
        {
            var r = frame.Map(image.BoundingBox);
            var box = new PageBox(r.Left, r.Bottom, r.Right, r.Top);
            string fingerprint = ResourceStore.KeyOf(image.RawMemory.Span);
            pictures.Add(new PdfPicture(box, image.WidthInSamples, image.HeightInSamples, fingerprint, () => Decode(image)));
        }
        return pictures;
    }

    public static List<PdfShape> Shapes(Page page, PageFrame frame)
    {
        var shapes = new List<PdfShape>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !path.IsFilled && !path.IsStroked) continue;
            if (path.GetBoundingRectangle() is not { } bounds) continue;
            var r = frame.Map(bounds);
            if (r.IsHorizontal || r.IsVertical) continue; // rulings: tables and separators
            int marks = 0;
            var bars = new List<PageBox>();
            foreach (var subpath in path)
            {
                int before = marks;
                foreach (var command in subpath.Commands)
                    if (command is PdfSubpath.BezierCurve || command is PdfSubpath.Line line && Slanted(line)) marks++;
                if (path.IsFilled && marks == before && subpath.Commands.Count <= 6 && subpath.GetBoundingRectangle() is { } sub && frame.Map(sub) is var b && !b.IsHorizontal && !b.IsVertical)
                    bars.Add(new PageBox(b.Left, b.Bottom, b.Right, b.Top));
            }
            shapes.Add(new PdfShape(new PageBox(r.Left, r.Bottom, r.Right, r.Top), marks) { Bars = bars });
        }
        return shapes;
    }

    private static bool Slanted(PdfSubpath.Line line)
    {
        double dx = Math.Abs(line.To.X - line.From.X), dy = Math.Abs(line.To.Y - line.From.Y);
        return dx > 0.5 && dy > 0.5 && dx + dy > 2;
    }

    private static PdfPictureFile Decode(IPdfImage image)
    {
        try
        {
            string filter = image.ImageDictionary.TryGet(NameToken.Filter, out var token) ? FilterName(token) : "";
            if (filter == "DCTDecode" && MediaTypes.Sniff(image.RawMemory.Span) == "image/jpeg")
                return new PdfPictureFile(image.RawMemory.ToArray(), "image/jpeg", null);
            if (image.TryGetPng(out var png) && png is { Length: > 0 })
                return new PdfPictureFile(png, "image/png", null);
            return new PdfPictureFile(null, null, filter.Length > 0 ? $"its {filter} stream could not be turned into a PNG" : "its stream could not be turned into a PNG");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return new PdfPictureFile(null, null, $"{e.GetType().Name}: {e.Message.Split('\n')[0]}");
        }
    }

    /// <summary>The one filter of a stream ("DCTDecode"); a chain of filters is named by all of them.</summary>
    private static string FilterName(IToken token) => token switch
    {
        NameToken name => name.Data,
        ArrayToken { Data.Count: 1 } array when array.Data[0] is NameToken only => only.Data,
        ArrayToken array => string.Join("+", array.Data.OfType<NameToken>().Select(n => n.Data)),
        _ => "",
    };
}
