using System.Globalization;
using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Html;

/// <summary>
/// A figure as &lt;figure&gt; holding its pictures as &lt;img&gt; (alt text, displayed size), one after another when it
/// has several, and one &lt;figcaption&gt;.
/// </summary>
internal static class HtmlFigure
{
    public static void Write(StringBuilder html, Figure figure, HtmlInlines inlines)
    {
        html.Append("<figure>\n");
        for (int i = 0; i < figure.Images.Count; i++)
        {
            var image = figure.Images[i];
            if (!inlines.Resources.Contains(image.Key)) continue;
            var resource = inlines.Resources[image.Key];
            string alt = FigureAltText.Of(figure, i);
            html.Append("<img src=\"").Append(HtmlReportWriter.E(inlines.Links.Href(resource))).Append("\" alt=\"").Append(HtmlReportWriter.E(alt)).Append('"');
            if (image.Size is { Width: > 0, Height: > 0 } size)
                html.Append(" width=\"").Append(size.Width.ToString(CultureInfo.InvariantCulture))
                    .Append("\" height=\"").Append(size.Height.ToString(CultureInfo.InvariantCulture)).Append('"');
            html.Append(">\n");
        }
        if (!figure.Caption.IsEmpty) html.Append("<figcaption>").Append(inlines.Render(figure.Caption)).Append("</figcaption>\n");
        html.Append("</figure>\n");
    }
}
