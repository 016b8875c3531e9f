using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportPipeline.Model;
using ReportPipeline.Structure;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Readers.Markdown;

/// <summary>
/// An image alone in its paragraph is a figure, as pandoc reads it: ![caption](image "alt") when it has a title,
/// ![alt](image) when not (the form the Markdown writer writes). A paragraph holding only images, two or more, is one
/// figure of several pictures; the paragraph under it is its caption when it opens like one ("Figure 2.", "图2").
/// </summary>
internal static class MarkdownFigures
{
    public static FigureCandidate? Read(ParagraphBlock paragraph, ImageLoader images, Model.SourceSpan at)
    {
        var inlines = paragraph.Inline?.Where(i => !(i is LiteralInline l && l.Content.IsEmptyOrWhitespace()) && i is not LineBreakInline).ToList();
        if (inlines is [LinkInline { IsImage: true } image])
        {
            var description = RecoveredText.FromInlines(MarkdownInlines.Convert(image)).Trim();
            string? key = images.Load(image.Url, at);
            if (key is null) return null;
            return string.IsNullOrEmpty(image.Title)
                ? new FigureCandidate(key, description.Plain, null, null, at)
                : new FigureCandidate(key, image.Title, description, null, at);
        }
        if (inlines is not { Count: > 1 } || !inlines.All(i => i is LinkInline { IsImage: true })) return null;
        var pictures = new List<FigureImage>();
        foreach (var picture in inlines.Cast<LinkInline>())
            if (images.Load(picture.Url, at) is { } key)
                pictures.Add(new FigureImage(key, RecoveredText.FromInlines(MarkdownInlines.Convert(picture)).Trim().Plain, null));
        return pictures.Count == 0 ? null : new FigureCandidate([.. pictures], null, at);
    }

    /// <summary>The figure of several pictures just before with this paragraph as its caption, when it opens like one; else null.</summary>
    public static FigureCandidate? Caption(ParagraphBlock paragraph, List<Candidate> candidates, Model.SourceSpan at)
    {
        if (candidates.Count == 0 || candidates[^1] is not FigureCandidate { Caption: null, Images.Count: > 1 } figure) return null;
        var text = RecoveredText.FromInlines(MarkdownInlines.Convert(paragraph.Inline)).Trim();
        return ReportConventions.IsFigureCaption(text.Plain) ? figure with { Caption = text, Source = figure.Source.Through(at) } : null;
    }
}
