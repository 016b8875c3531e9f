using System.Text;
using ReportPipeline.Alignment;

namespace ReportPipeline.Writers.Parallel;

/// <summary>What <c>align</c> prints, in the manner of <c>inspect</c>: pairs by kind, merges, unpaired units with their locations, gaps.</summary>
public static class AlignmentSummary
{
    public static string Render(EditionAlignment alignment, string originalName, string translationName)
    {
        var text = new StringBuilder();
        text.Append(originalName).Append(" (").Append(alignment.Original.Metadata.Language).Append(") ↔ ")
            .Append(translationName).Append(" (").Append(alignment.Translation.Metadata.Language).Append(")\n");
        var pairs = alignment.Pairs.ToList();
        text.Append($"Pairs: {pairs.Count}");
        var byKind = pairs.GroupBy(p => p.Kind).Select(g => $"{g.Count()} {AlignmentJsonWriter.Name(g.Key)}");
        text.Append(" (").Append(string.Join(", ", byKind)).Append(")\n");
        int sentences = pairs.Sum(p => p.Kind == UnitKind.Table ? 0 : p.Sentences.Count(s => s.IsPaired));
        if (sentences > 0) text.Append($"Sentence pairs: {sentences}\n");
        text.Append($"Length ratio: {alignment.LengthRatio:0.00} translation letters per original letter\n");
        var merges = alignment.Merges.ToList();
        text.Append($"Merges: {merges.Count}\n");
        foreach (var m in merges)
            text.Append($"  {m.Shape} {m.Original[0].Location} ↔ {m.Translation[0].Location}\n");
        var unpaired = alignment.Unpaired.ToList();
        text.Append($"Unpaired: {unpaired.Sum(u => u.Original.Count + u.Translation.Count)}\n");
        foreach (var row in unpaired)
        {
            foreach (var unit in row.Original) text.Append($"  original {AlignmentJsonWriter.Name(unit.Kind)} at {unit.Location}: {Excerpt(unit.Text)}\n");
            foreach (var unit in row.Translation) text.Append($"  translation {AlignmentJsonWriter.Name(unit.Kind)} at {unit.Location}: {Excerpt(unit.Text)}\n");
        }
        text.Append($"Gaps: {alignment.Gaps.Count}\n");
        foreach (var gap in alignment.Gaps) text.Append("  ").Append(gap).Append('\n');
        return text.ToString();
    }

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
