using System.Text.Json;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Json;

/// <summary>A figure in the JSON: its image by relative path (or data URI), media type, alt text, caption and size.</summary>
internal static class JsonFigure
{
    public static void Write(Utf8JsonWriter w, Figure figure, ResourceStore store, ResourceLinks links,
        Action<Utf8JsonWriter, string, ValueList<Inline>> writeInlines, Action<Utf8JsonWriter, SourceSpan> writeSource)
    {
        w.WriteStartObject();
        w.WriteString("type", "figure");
        w.WriteString("imageKey", figure.Image);
        if (store.Contains(figure.Image))
        {
            var resource = store[figure.Image];
            w.WriteString("image", links.Href(resource));
            w.WriteString("mediaType", resource.MediaType);
        }
        else w.WriteNull("image");
        w.WriteString("alt", figure.AltText);
        writeInlines(w, "caption", figure.Caption);
        if (figure.Size is { } size)
        {
            w.WriteNumber("width", size.Width);
            w.WriteNumber("height", size.Height);
        }
        writeSource(w, figure.Source);
        w.WriteEndObject();
    }
}
