using ReportPipeline.Model;
using ReportPipeline.Structure;

namespace ReportPipeline.Languages;

/// <summary>
/// Recognises a bilingual (中英对照) edition: blocks that come in pairs, an original and its translation right after it
/// in another language. The translation is marked <see cref="Block.IsTranslation"/>; a translated heading takes its
/// original's level (the numbering of the second language would otherwise rank as a level of its own), and a short
/// paragraph right after a heading, in the other language, is that heading's translation.
/// </summary>
public static class InterleavedEdition
{
    /// <summary>The original's language and the blocks with pairs marked, or null when the document is not interleaved.</summary>
    /// <param name="languages">Each block's own language; null for a block without letters.</param>
    public static (string Original, List<Block> Blocks)? Recognize(IReadOnlyList<Block> blocks, IReadOnlyList<string?> languages, LanguageOptions options)
    {
        var pairs = new List<int>();
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (languages[i] is null || languages[i + 1] is null || LanguageTags.SameFamily(languages[i], languages[i + 1])) continue;
            if (!CanTranslate(blocks[i], blocks[i + 1], options)) continue;
            pairs.Add(i);
            i++;
        }
        int withLetters = languages.Count(l => l is not null);
        if (pairs.Count < options.MinimumInterleavedPairs || pairs.Count * 2 < options.InterleavedShare * withLetters) return null;

        string original = pairs.GroupBy(i => LanguageTags.Family(languages[i])).OrderByDescending(g => g.Count()).First()
            .Select(i => languages[i]!).First();
        var result = blocks.ToList();
        var translationOf = new Dictionary<int, int>();
        foreach (int i in pairs.Where(i => LanguageTags.SameFamily(languages[i], original))) translationOf[i + 1] = i;

        var levels = RankLevels(result, translationOf);
        for (int i = 0; i < result.Count; i++)
        {
            if (result[i] is Heading h && !translationOf.ContainsKey(i)) result[i] = h with { Level = levels[h.Level] };
            if (!translationOf.TryGetValue(i, out int o)) continue;
            var translation = result[i];
            if (result[o] is Heading originalHeading)
                translation = translation switch
                {
                    Heading th => th with { Level = originalHeading.Level },
                    Paragraph p => AsHeading(p, originalHeading.Level),
                    _ => translation,
                };
            result[i] = translation with { IsTranslation = true };
        }
        return (original, result);
    }

    private static bool CanTranslate(Block original, Block translation, LanguageOptions options) => (original, translation) switch
    {
        (Heading, Heading) or (Paragraph, Paragraph) or (ListBlock, ListBlock) or (Table, Table) => true,
        (Heading, Paragraph p) => !p.HasLead && p.Content.PlainText().Trim().Length <= options.MaximumTranslatedHeadingLength
            && !Sentences.EndsSentence(p.Content.PlainText()),
        _ => false,
    };

    /// <summary>The levels the original headings use, renumbered from 1 without gaps.</summary>
    private static Dictionary<int, int> RankLevels(List<Block> blocks, Dictionary<int, int> translationOf)
    {
        var used = blocks.Select((b, i) => (b, i)).Where(x => x.b is Heading && !translationOf.ContainsKey(x.i))
            .Select(x => ((Heading)x.b).Level).Distinct().Order().ToList();
        var map = used.Select((level, rank) => (level, rank)).ToDictionary(x => x.level, x => x.rank + 1);
        for (int level = 1; level <= 9; level++) map.TryAdd(level, level);
        return map;
    }

    private static Heading AsHeading(Paragraph p, int level)
    {
        string text = p.Content.PlainText();
        var numbering = Numbering.Match(text.Trim());
        if (numbering is null || text != text.Trim()) return new Heading(level, null, p.Content, p.Source);
        return new Heading(level, numbering.Label, InlineSlicer.Slice(p.Content, numbering.RestStart, text.Length), p.Source);
    }
}
