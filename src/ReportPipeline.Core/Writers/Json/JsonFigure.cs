using System.Text.Json;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Json;

/// <summary>
/// A figure in the JSON: its pictures under "images" (each by relative path or data URI, with its key, media type,
/// alt text and size), its caption and source. The first picture's fields also stand on the figure itself, as a
/// figure of one picture has always been written ("imageKey" empty and "image" null when it keeps none).
/// </summary>
internal static class JsonFigure
{
    public static void Write(Utf8JsonWriter w, Figure figure, ResourceStore store, ResourceLinks links,
        Action<Utf8JsonWriter, string, ValueList<Inline>> writeInlines, Action<Utf8JsonWriter, SourceSpan> writeSource)
    {
        w.WriteStartObject();
        w.WriteString("type", "figure");
        if (figure.Images.Count > 0) WriteImage(w, figure.Images[0], store, links);
        else
        {
            w.WriteString("imageKey", "");
            w.WriteNull("image");
            w.WriteString("alt", "");
        }
        w.WriteStartArray("images");
        foreach (var image in figure.Images)
        {
            w.WriteStartObject();
            WriteImage(w, image, store, links);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        writeInlines(w, "caption", figure.Caption);
        writeSource(w, figure.Source);
        w.WriteEndObject();
    }

    private static void WriteImage(Utf8JsonWriter w, FigureImage image, ResourceStore store, ResourceLinks links)
    {
        w.WriteString("imageKey", image.Key);
        if (store.Contains(image.Key))
        {
            var resource = store[image.Key];
            w.WriteString("image", links.Href(resource));
            w.WriteString("mediaType", resource.MediaType);
        }
        else w.WriteNull("image");
        w.WriteString("alt", image.AltText);
        if (image.Size is { } size)
        {
            w.WriteNumber("width", size.Width);
            w.WriteNumber("height", size.Height);
        }
    }
}
