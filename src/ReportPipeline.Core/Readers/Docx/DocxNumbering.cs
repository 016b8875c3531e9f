using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Readers.Docx;

/// <summary>The numbering part: whether a paragraph's list (numId, level) is bulleted or numbered.</summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, int> abstractOf = [];
    private readonly Dictionary<(int Abstract, int Level), string> formats = [];

    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null) return;
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
            foreach (var level in abstractNum.Elements<Level>())
                if (abstractNum.AbstractNumberId?.Value is int a && level.LevelIndex?.Value is int l)
                    formats[(a, l)] = level.NumberingFormat?.Val?.ToString() ?? "decimal";
        foreach (var instance in numbering.Elements<NumberingInstance>())
            if (instance.NumberID?.Value is int id && instance.AbstractNumId?.Val?.Value is int a)
                abstractOf[id] = a;
    }

    /// <summary>The list a paragraph belongs to (by its own numbering or its style's), or null.</summary>
    public (int NumberId, bool Ordered)? ListOf(Paragraph paragraph, DocxStyleMap styles)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties ?? styles.NumberingOf(paragraph);
        if (properties?.NumberingId?.Val?.Value is not int id || id == 0) return null;
        int level = properties.NumberingLevelReference?.Val?.Value ?? 0;
        string format = abstractOf.TryGetValue(id, out int a) && formats.TryGetValue((a, level), out var f) ? f : "decimal";
        return format is "none" ? null : (id, format != "bullet");
    }
}
