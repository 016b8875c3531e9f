using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Entries of a glossary (名词解释): "1.“四上”企业：definition", "1. term：" with the definition on the next line, or
/// "term：definition" without a number. The number is the entry's place in the list and is not kept.
/// </summary>
internal static class GlossaryEntries
{
    /// <summary>The term and the definition written on the same line (empty when it follows), or null when the line is no entry.</summary>
    public static (string Term, string Definition)? Parse(string line, StructureOptions options)
    {
        string text = line.Trim();
        var numbering = Numbering.Match(text);
        if (numbering is not null) text = numbering.Rest;
        else if (FootnoteMarkers.ParseDefinition(text, inNotesZone: true) is { } note) text = note.Text.Trim();
        int colon = text.IndexOfAny(['：', ':']);
        if (colon <= 0) return null;
        string term = text[..colon].Trim();
        if (term.Length > options.MaxGlossaryTermLength || term.IndexOfAny(ReportConventions.HeadingBreakers.ToCharArray()) >= 0
            || term.Contains('，')) return null;
        return (term, text[(colon + 1)..].Trim());
    }
}
