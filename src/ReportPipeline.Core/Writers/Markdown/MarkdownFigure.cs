using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Markdown;

/// <summary>
/// A figure of one picture as an image alone in its paragraph, which pandoc and Markdig read as a figure:
/// ![caption](image "alt") when it has a caption (the caption is what pandoc shows under it; the alt text falls back to
/// the caption's text), ![alt](image) when it has none. A figure of several pictures as one paragraph holding the
/// images, a line each (no reader makes a figure of each), and its caption as the paragraph under them.
/// </summary>
internal static class MarkdownFigure
{
    public static void Write(StringBuilder md, Figure figure, ResourceStore store, ResourceLinks links, FootnoteNumbers numbers)
    {
        string caption = figure.Caption.IsEmpty ? "" : MarkdownReportWriter.RenderInlines(figure.Caption, numbers).Replace("\n", " ");
        if (figure.Images.Count != 1)
        {
            // Several pictures (or none: a chart drawn with paths in a PDF, whose caption stands alone).
            for (int i = 0; i < figure.Images.Count; i++)
                md.Append("![").Append(MarkdownText.Escape(FigureAltText.Of(figure, i)).Replace("\n", " ")).Append("](")
                  .Append(MarkdownLink.Destination(Href(figure.Images[i], store, links))).Append(')')
                  .Append(i < figure.Images.Count - 1 ? "\\\n" : "\n");
            if (caption.Length > 0)
                md.Append(figure.Images.Count > 0 ? "\n" : "").Append(MarkdownReportWriter.RenderInlines(figure.Caption, numbers, atLineStart: true).Replace("\n", " ")).Append('\n');
            return;
        }
        var image = figure.Images[0];
        md.Append("![").Append(caption.Length > 0 ? caption : MarkdownText.Escape(image.AltText).Replace("\n", " ")).Append("](")
          .Append(MarkdownLink.Destination(Href(image, store, links)));
        if (caption.Length > 0)
        {
            // The title marks the description as a caption; without alt text of its own the caption describes the picture.
            string alt = FigureAltText.Of(figure, 0);
            md.Append(" \"").Append(alt.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", " ")).Append('"');
        }
        md.Append(")\n");
    }

    private static string Href(FigureImage image, ResourceStore store, ResourceLinks links) =>
        store.Contains(image.Key) ? links.Href(store[image.Key]) : image.Key;
}
