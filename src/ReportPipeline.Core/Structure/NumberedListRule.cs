namespace ReportPipeline.Structure;

/// <summary>
/// Numbered items one a line ("1.通过…", "2.实现…" in an appendix of plain text with no blank lines): two or more
/// paragraphs on consecutive lines numbered 1., 2., 3. (or (1), (2), …) in sequence, none of them a heading, are an
/// ordered list. Numbered paragraphs set apart by blank lines stay paragraphs.
/// </summary>
internal static class NumberedListRule
{
    public static List<Candidate> Apply(List<Candidate> flow)
    {
        var result = new List<Candidate>(flow.Count);
        for (int i = 0; i < flow.Count; i++)
        {
            int end = i;
            while (end < flow.Count && ItemNumber(flow[end], flow[i]) == end - i + 1
                   && (end == i || flow[end].Source.StartLine == flow[end - 1].Source.EndLine + 1)) end++;
            if (end - i < 2) { result.Add(flow[i]); continue; }
            var items = flow.Skip(i).Take(end - i).Cast<ParagraphCandidate>().ToList();
            result.Add(new ListCandidate(true, items.Select(p => p.Text.Slice(Numbering.Match(p.Text.Plain)!.RestStart).Trim()).ToList(),
                items[0].Source.Through(items[^1].Source)));
            i = end - 1;
        }
        return result;
    }

    /// <summary>The item's number when it is numbered like the list's first item, else 0.</summary>
    private static int ItemNumber(Candidate candidate, Candidate first)
    {
        if (candidate is not ParagraphCandidate { Styled: false, Text.Rich: null } p || first is not ParagraphCandidate f) return 0;
        var numbering = Numbering.Match(p.Text.Plain);
        if (numbering?.Style is not (NumberingStyle.Arabic or NumberingStyle.ArabicParenthesized)
            || numbering.Key != Numbering.Match(f.Text.Plain)?.Key) return 0;
        return int.TryParse(new string(numbering.Label.Where(char.IsAsciiDigit).ToArray()), out int n) ? n : 0;
    }
}
