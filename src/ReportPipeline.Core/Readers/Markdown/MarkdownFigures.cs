using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportPipeline.Model;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Markdown;

/// <summary>
/// An image alone in its paragraph is a figure, as pandoc reads it: ![caption](image "alt") when it has a title,
/// ![alt](image) when not (the form the Markdown writer writes).
/// </summary>
internal static class MarkdownFigures
{
    public static FigureCandidate? Read(ParagraphBlock paragraph, ImageLoader images, Model.SourceSpan at)
    {
        var inlines = paragraph.Inline?.Where(i => !(i is LiteralInline l && l.Content.IsEmptyOrWhitespace()) && i is not LineBreakInline).ToList();
        if (inlines is not [LinkInline { IsImage: true } image]) return null;
        var description = RecoveredText.FromInlines(MarkdownInlines.Convert(image)).Trim();
        string? key = images.Load(image.Url, at);
        if (key is null) return null;
        return string.IsNullOrEmpty(image.Title)
            ? new FigureCandidate(key, description.Plain, null, null, at)
            : new FigureCandidate(key, image.Title, description, null, at);
    }
}
