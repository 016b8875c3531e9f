using System.Text.RegularExpressions;
using ReportPipeline.Decoding;

namespace ReportPipeline.Structure;

/// <summary>
/// A scraped page may give a whole report on one line, each paragraph opened by its indent of two ideographic spaces
/// ("各位代表：  　　受市人民政府委托……  　　一、……"). A line holding at least
/// <see cref="StructureOptions.MinRunTogetherParagraphs"/> such openings is cut there into lines of their own, a blank
/// line between them, all keeping the line's number. A single "　" (padding inside a name or a table) never cuts.
/// </summary>
internal static partial class RunTogetherParagraphs
{
    [GeneratedRegex(@"[ \t\u00A0]*\u3000\u3000+[ \t\u00A0\u3000]*")]
    private static partial Regex Opening();

    public static IReadOnlyList<SourceLine> Split(IReadOnlyList<SourceLine> lines, StructureOptions options)
    {
        if (options.MinRunTogetherParagraphs <= 0 || !lines.Any(l => IsRunTogether(l.Text, options))) return lines;
        var result = new List<SourceLine>(lines.Count * 2);
        foreach (var line in lines)
        {
            if (!IsRunTogether(line.Text, options)) { result.Add(line); continue; }
            foreach (var piece in Opening().Split(line.Text.Trim()).Where(p => p.Trim().Length > 0))
            {
                if (result.Count > 0) result.Add(line with { Text = "" });
                result.Add(line with { Text = piece.Trim() });
            }
        }
        return result;
    }

    private static bool IsRunTogether(string text, StructureOptions options) =>
        text.Length > 0 && Opening().Matches(text.Trim()).Count + 1 >= options.MinRunTogetherParagraphs;
}
