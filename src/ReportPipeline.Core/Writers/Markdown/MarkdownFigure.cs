using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Markdown;

/// <summary>
/// A figure as an image alone in its paragraph, which pandoc and Markdig read as a figure: ![caption](image "alt")
/// when it has a caption (the caption is what pandoc shows under it; the alt text falls back to the caption's text),
/// ![alt](image) when it has none.
/// </summary>
internal static class MarkdownFigure
{
    public static void Write(StringBuilder md, Figure figure, ResourceStore store, ResourceLinks links, FootnoteNumbers numbers)
    {
        if (figure.Image.Length == 0)
        {
            // A figure that keeps no picture (a chart drawn with paths in a PDF): its caption stands alone.
            if (!figure.Caption.IsEmpty) md.Append(MarkdownReportWriter.RenderInlines(figure.Caption, numbers).Replace("\n", " ")).Append('\n');
            return;
        }
        string href = store.Contains(figure.Image) ? links.Href(store[figure.Image]) : figure.Image;
        string caption = figure.Caption.IsEmpty ? MarkdownText.Escape(figure.AltText) : MarkdownReportWriter.RenderInlines(figure.Caption, numbers);
        md.Append("![").Append(caption.Replace("\n", " ")).Append("](").Append(MarkdownLink.Destination(href));
        if (!figure.Caption.IsEmpty)
        {
            // The title marks the description as a caption; without alt text of its own the caption describes the picture.
            string alt = figure.AltText.Length > 0 ? figure.AltText : figure.Caption.PlainText();
            md.Append(" \"").Append(alt.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", " ")).Append('"');
        }
        md.Append(")\n");
    }
}
