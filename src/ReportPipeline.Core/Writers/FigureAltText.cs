using ReportPipeline.Model;

namespace ReportPipeline.Writers;

/// <summary>
/// The text a writer gives a figure's picture for readers who cannot see it: the picture's own alt text, else the
/// figure's caption; of a figure of several pictures, the caption with the picture's place among them ("… (2/3)").
/// </summary>
internal static class FigureAltText
{
    public static string Of(Figure figure, int index)
    {
        var image = figure.Images[index];
        if (image.AltText.Length > 0) return image.AltText;
        string caption = figure.Caption.PlainText();
        return figure.Images.Count == 1 || caption.Length == 0 ? caption : $"{caption} ({index + 1}/{figure.Images.Count})";
    }
}
