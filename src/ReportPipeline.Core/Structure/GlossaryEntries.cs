using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Entries of a glossary (名词解释): "1.“四上”企业：definition", "1. term：" with the definition on the next line, or
/// "term：definition" without a number. The number is the entry's place in the list and is not kept.
/// </summary>
internal static partial class GlossaryEntries
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}[.．、]\s*")]
    private static partial System.Text.RegularExpressions.Regex EntryNumber();

    /// <summary>The term and the definition written on the same line (empty when it follows), or null when the line is no entry.</summary>
    public static (string Term, string Definition)? Parse(string line, StructureOptions options) =>
        Parse(line, options, out _);

    /// <param name="numbered">The entry carries its number ("1.", "［1］").</param>
    public static (string Term, string Definition)? Parse(string line, StructureOptions options, out bool numbered)
    {
        string text = line.Trim();
        var numbering = Numbering.Match(text);
        var entryNumber = EntryNumber().Match(text);
        numbered = true;
        if (numbering is not null) text = numbering.Rest;
        else if (FootnoteMarkers.ParseDefinition(text, inNotesZone: true) is { } note) text = note.Text.Trim();
        // "20.2026年10件民生实事：" — a number run into a term that starts with digits.
        else if (entryNumber.Success) text = text[entryNumber.Length..];
        else numbered = false;
        int colon = text.IndexOfAny(['：', ':']);
        if (colon <= 0) return null;
        string term = text[..colon].Trim();
        if (term.Length > options.MaxGlossaryTermLength || term.IndexOfAny(ReportConventions.HeadingBreakers.ToCharArray()) >= 0
            || term.Contains('，')) return null;
        return (term, text[(colon + 1)..].Trim());
    }
}
