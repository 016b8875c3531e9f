using System.Text.RegularExpressions;

namespace ReportPipeline.Structure;

/// <summary>
/// A patent's front page: its lines are fields labelled by the codes every patent office prints (WIPO's INID codes:
/// "(19)" the office, "(12)" the kind of document, "(54)" the title of the invention). The largest line there names the
/// office, not the document; the document's title is the value of field (54), "(54) 발명의 명칭 …", "(54) Title of the
/// invention: …", "(54) 发明名称 …", "(54) 発明の名称 …".
/// </summary>
internal static partial class InventionTitle
{
    /// <summary>A field code opening a line: two figures in round brackets ("(19) 대한민국특허청(KR)").</summary>
    [GeneratedRegex(@"^\(\d{2}\)\s*\S")]
    private static partial Regex FieldCode();

    [GeneratedRegex(@"^\(54\)\s*(?:발명의\s*명칭|고안의\s*명칭|発明の名称|考案の名称|发明名称|实用新型名称|Title(?:\s+of\s+(?:the\s+)?invention)?)\s*[:：]?\s*(?<title>\S.*)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex TitleField();

    /// <summary>The invention's title, when the title block would open with a field code (at <paramref name="start"/>) and
    /// field (54) stands on the same page; otherwise null.</summary>
    public static string? Of(IReadOnlyList<Candidate> flow, int start)
    {
        if (start >= flow.Count || TextOf(flow[start]) is not { } opening || !FieldCode().IsMatch(opening)) return null;
        foreach (var candidate in flow.Skip(start + 1))
        {
            if (candidate.Source.Page is { } page && flow[start].Source.Page is { } firstPage && page != firstPage) break;
            if (TextOf(candidate) is { } text && TitleField().Match(text) is { Success: true } m) return m.Groups["title"].Value.Trim();
        }
        return null;
    }

    /// <summary>A paragraph's text, or a numbered heading's label and title (where a reader took a field for a heading).</summary>
    private static string? TextOf(Candidate candidate) => candidate switch
    {
        ParagraphCandidate p => p.Text.Plain.Trim(),
        HeadingCandidate { Numbering: { } n } h => $"{n.Label} {h.Title.Plain.Trim()}",
        _ => null,
    };
}
