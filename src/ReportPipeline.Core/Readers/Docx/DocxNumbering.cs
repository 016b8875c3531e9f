using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// The numbering part: whether a paragraph's list (numId, level) is bulleted or numbered, and the label Word shows
/// before it. Labels are counted in document order the way Word counts them: one counter per level of an abstract
/// numbering shared by the lists that use it, starting at the level's start value, a level restarting when a higher
/// one advances, a list's startOverride restarting it, isLgl writing every number in decimal.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, int> abstractOf = [];
    private readonly Dictionary<(int Abstract, int Level), Level> levels = [];
    private readonly Dictionary<(int NumberId, int Level), Level> overriddenLevels = [];
    private readonly Dictionary<int, List<(int Level, int Start)>> startOverrides = [];
    private readonly Dictionary<int, int?[]> counters = [];
    private readonly HashSet<int> listsSeen = [];

    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null) return;
        var abstracts = numbering.Elements<AbstractNum>().Where(a => a.AbstractNumberId?.Value is not null).ToList();
        foreach (var abstractNum in abstracts)
            foreach (var level in LevelsOf(abstractNum, abstracts))
                if (level.LevelIndex?.Value is int l) levels[(abstractNum.AbstractNumberId!.Value, l)] = level;
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not int id || instance.AbstractNumId?.Val?.Value is not int a) continue;
            abstractOf[id] = a;
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is not int l) continue;
                if (levelOverride.StartOverrideNumberingValue?.Val?.Value is int start)
                    (startOverrides.TryGetValue(id, out var list) ? list : startOverrides[id] = []).Add((l, start));
                if (levelOverride.Level is { } level) overriddenLevels[(id, l)] = level;
            }
        }
    }

    /// <summary>An abstract numbering's levels, or those of the one its numStyleLink points to through a numbering style.</summary>
    private static IEnumerable<Level> LevelsOf(AbstractNum abstractNum, List<AbstractNum> all)
    {
        var own = abstractNum.Elements<Level>().ToList();
        if (own.Count > 0 || abstractNum.NumberingStyleLink?.Val?.Value is not string link) return own;
        return all.FirstOrDefault(a => a.StyleLink?.Val?.Value == link)?.Elements<Level>() ?? [];
    }

    private (int NumberId, int Level)? NumberingOf(Paragraph paragraph, DocxStyleMap styles)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var fromStyle = styles.NumberingOf(paragraph);
        int? id = own?.NumberingId?.Val?.Value ?? fromStyle?.NumberingId?.Val?.Value;
        if (id is not int numberId || numberId == 0) return null;
        int? level = own?.NumberingLevelReference?.Val?.Value ?? fromStyle?.NumberingLevelReference?.Val?.Value;
        if (level is null && abstractOf.TryGetValue(numberId, out int a))
        {
            // A heading style's numbering names no level: the level that names the style is it.
            string? style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            level = levels.Where(kv => kv.Key.Abstract == a && kv.Value.ParagraphStyleIdInLevel?.Val?.Value == style).Select(kv => (int?)kv.Key.Level).FirstOrDefault();
        }
        return (numberId, level ?? 0);
    }

    private Level? LevelOf(int numberId, int level) =>
        overriddenLevels.TryGetValue((numberId, level), out var own) ? own
        : abstractOf.TryGetValue(numberId, out int a) && levels.TryGetValue((a, level), out var shared) ? shared : null;

    private static string FormatOf(Level? level) => level?.NumberingFormat?.Val?.InnerText ?? "decimal";

    /// <summary>The list a paragraph belongs to (by its own numbering or its style's), or null.</summary>
    public (int NumberId, bool Ordered)? ListOf(Paragraph paragraph, DocxStyleMap styles)
    {
        if (NumberingOf(paragraph, styles) is not var (id, level)) return null;
        string format = FormatOf(LevelOf(id, level));
        return format is "none" ? null : (id, format != "bullet");
    }

    /// <summary>
    /// Counts the paragraph in its list and returns the label Word shows before it ("一、", "（二）", "1.2"), with
    /// <c>Outline</c> set when the label is one of a report's numberings rather than a plain list's (several
    /// levels in it, or a Chinese number); null when the paragraph is not numbered or its label is empty.
    /// Call once for each paragraph, in document order.
    /// </summary>
    public (string Label, string Suffix, bool Outline)? Count(Paragraph paragraph, DocxStyleMap styles)
    {
        if (NumberingOf(paragraph, styles) is not var (id, level) || level is < 0 or > 8) return null;
        var definition = LevelOf(id, level);
        int key = abstractOf.TryGetValue(id, out int a) ? a : -id;
        var counts = counters.TryGetValue(key, out var c) ? c : counters[key] = new int?[9];
        if (listsSeen.Add(id) && startOverrides.TryGetValue(id, out var overrides))
            foreach (var (l, start) in overrides)
                if (l is >= 0 and <= 8) counts[l] = start - 1;
        counts[level] = counts[level] is int n ? n + 1 : StartOf(definition);
        // A level skipped over shows its start value and counts on from it, as Word and LibreOffice number "2.1.1" then "2.2".
        for (int higher = 0; higher < level; higher++) counts[higher] ??= StartOf(LevelOf(id, higher));
        for (int deeper = level + 1; deeper < 9; deeper++)
        {
            var restart = LevelOf(id, deeper)?.LevelRestart?.Val?.Value;
            if (restart is null || restart > level) counts[deeper] = null;
        }

        string format = FormatOf(definition);
        if (format is "bullet" or "none") return null;
        string text = definition?.LevelText?.Val?.Value ?? $"%{level + 1}.";
        bool legal = definition?.IsLegalNumberingStyle is not null;
        int placeholders = 0;
        bool chinese = false;
        var label = new System.Text.StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                int l = text[++i] - '1';
                var levelDefinition = LevelOf(id, l);
                string f = legal ? "decimal" : FormatOf(levelDefinition);
                chinese |= f.StartsWith("chinese", StringComparison.Ordinal) || f.StartsWith("ideograph", StringComparison.Ordinal);
                label.Append(NumberFormats.Format(counts[l] ?? StartOf(levelDefinition), f));
                placeholders++;
            }
            else label.Append(text[i]);
        }
        if (label.ToString().Trim().Length == 0) return null;
        string suffix = definition?.LevelSuffix?.Val?.InnerText switch { "nothing" => "", _ => " " };
        return (label.ToString(), suffix, placeholders > 1 || chinese || IsOutline(id));
    }

    /// <summary>
    /// A list numbered as a report's outline, not a plain list: some level names its parents' numbers ("%1.%2") or
    /// counts in Chinese ("一、", "（一）"), so every level of it is read as a typed label would be.
    /// </summary>
    private bool IsOutline(int numberId) => Enumerable.Range(0, 9).Select(l => LevelOf(numberId, l)).Any(level =>
        (level?.LevelText?.Val?.Value ?? "").Count(c => c == '%') > 1
        || FormatOf(level) is var f && (f.StartsWith("chinese", StringComparison.Ordinal) || f.StartsWith("ideograph", StringComparison.Ordinal)));

    private static int StartOf(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;
}
