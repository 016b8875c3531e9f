using ReportPipeline.Model;
using ReportPipeline.Writers;

namespace ReportPipeline.Alignment;

/// <summary>
/// A heading and the blocks up to the next heading, with the numbers of the headings above it and its own
/// (第一章 › 一、 › （二） is 1 › 1 › 2): the key by which the sections of two editions pair.
/// The first section of an edition has no heading: the text before the first heading.
/// </summary>
internal sealed record EditionSection(Heading? Heading, IReadOnlyList<(int Level, int? Number)> Path, List<Block> Body)
{
    public string Name => Heading is null ? "" : Labels.HeadingText(Heading.Label, Heading.Title.PlainText());

    public bool IsNumbered => Path.Count > 0 && Path[^1].Number is not null;

    public static List<EditionSection> Split(ReportDocument document)
    {
        var sections = new List<EditionSection> { new(null, [], []) };
        var path = new List<(int Level, int? Number)>();
        foreach (var block in document.Blocks)
        {
            if (block is Heading h)
            {
                path.RemoveAll(p => p.Level >= h.Level);
                path.Add((h.Level, HeadingNumber.Of(h.Label)));
                sections.Add(new EditionSection(h, path.ToList(), []));
            }
            else sections[^1].Body.Add(block);
        }
        return sections;
    }

    /// <summary>Both numbered with the same numbers all the way down, or both unnumbered at one level.</summary>
    public double Match(EditionSection other)
    {
        if (Heading is null || other.Heading is null || Path.Count != other.Path.Count) return 0;
        for (int k = 0; k < Path.Count; k++)
            if (Path[k].Number is { } a && other.Path[k].Number is { } b && a != b) return 0;
        if (IsNumbered && other.IsNumbered) return 2;
        return IsNumbered == other.IsNumbered && Heading.Level == other.Heading.Level ? 1 : 0;
    }
}
