using System.Globalization;
using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Html;

/// <summary>A figure as &lt;figure&gt; with its &lt;img&gt; (alt text, displayed size) and &lt;figcaption&gt;.</summary>
internal static class HtmlFigure
{
    public static void Write(StringBuilder html, Figure figure, HtmlInlines inlines)
    {
        html.Append("<figure>\n");
        if (inlines.Resources.Contains(figure.Image))
        {
            var resource = inlines.Resources[figure.Image];
            string alt = figure.AltText.Length > 0 ? figure.AltText : figure.Caption.PlainText();
            html.Append("<img src=\"").Append(HtmlReportWriter.E(inlines.Links.Href(resource))).Append("\" alt=\"").Append(HtmlReportWriter.E(alt)).Append('"');
            if (figure.Size is { Width: > 0, Height: > 0 } size)
                html.Append(" width=\"").Append(size.Width.ToString(CultureInfo.InvariantCulture))
                    .Append("\" height=\"").Append(size.Height.ToString(CultureInfo.InvariantCulture)).Append('"');
            html.Append(">\n");
        }
        if (!figure.Caption.IsEmpty) html.Append("<figcaption>").Append(inlines.Render(figure.Caption)).Append("</figcaption>\n");
        html.Append("</figure>\n");
    }
}
