using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Readers.Docx;

/// <summary>What a document's paragraph styles say: heading levels (by name or outline level, through basedOn), title roles.</summary>
internal sealed class DocxStyleMap
{
    private readonly Dictionary<string, Style> styles;

    public DocxStyleMap(MainDocumentPart main) =>
        styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First()) ?? [];

    public string? NameOf(string? styleId) =>
        styleId is not null && styles.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value ?? styleId : styleId;

    /// <summary>The heading level a paragraph's style or own outline level gives it (1-based), or null for body text.</summary>
    public int? HeadingLevel(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is int own) return own < 9 ? own + 1 : null;
        for (string? id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value, seen = null; id is not null && id != seen; )
        {
            if (!styles.TryGetValue(id, out var style)) return LevelFromName(id);
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int level) return level < 9 ? level + 1 : null;
            if (LevelFromName(style.StyleName?.Val?.Value ?? id) is int named) return named;
            seen = id;
            id = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    /// <summary>Whether a character style (through basedOn) sets bold, or italic.</summary>
    public (bool Bold, bool Italic) CharacterFormat(string? styleId)
    {
        bool? bold = null, italic = null;
        for (string? id = styleId; id is not null && styles.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value)
        {
            bold ??= On(style.StyleRunProperties?.Bold);
            italic ??= On(style.StyleRunProperties?.Italic);
        }
        return (bold ?? false, italic ?? false);
    }

    private static bool? On(OnOffType? value) => value is null ? null : value.Val is null || value.Val.Value;

    /// <summary>Numbering a paragraph takes from its style chain (List Bullet, List Number), or null.</summary>
    public NumberingProperties? NumberingOf(Paragraph paragraph)
    {
        for (string? id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value; id is not null && styles.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value)
            if (style.StyleParagraphProperties?.NumberingProperties is { } numbering) return numbering;
        return null;
    }

    /// <summary>The role of a paragraph in the Document Label style: a label printed above the title.</summary>
    public const string DocumentLabel = "DocumentLabel";

    /// <summary>"Title", "Subtitle", "Author" or "DocumentLabel" (the role, by style name), or null.</summary>
    public string? TitleRole(Paragraph paragraph)
    {
        string? name = NameOf(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value)?.ToLowerInvariant();
        return name switch
        {
            "title" or "标题" => "Title",
            "subtitle" or "副标题" => "Subtitle",
            "author" => "Author",
            "document label" or "文件标识" => DocumentLabel,
            _ => null,
        };
    }

    private static int? LevelFromName(string name)
    {
        string lower = name.ToLowerInvariant().Replace(" ", "");
        foreach (var prefix in new[] { "heading", "标题" })
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(lower[prefix.Length..], out int level) && level is >= 1 and <= 9)
                return level;
        return null;
    }
}
