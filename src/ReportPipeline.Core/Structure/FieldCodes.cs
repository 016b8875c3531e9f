namespace ReportPipeline.Structure;

/// <summary>
/// Numbers in brackets that label a form's fields, not an outline: a patent's front page reads "(19) 대한민국특허청",
/// "(12) 공개특허공보", "(51) 국제특허분류", "(21) 출원번호", … (the codes a field keeps on every such form). An outline's
/// numbers run on by one, or start again at one; field codes jump. Where fewer than
/// <see cref="StructureOptions.FieldCodeFollowShare"/> of a
/// scheme's neighbouring numbered headings follow each other so, the scheme labels fields: its lines are paragraphs as
/// printed, never headings.
/// </summary>
internal static class FieldCodes
{
    /// <summary>The flow's paragraphs classified by numbering (<see cref="HeadingRule.Classify"/>), with those of a
    /// scheme of field codes kept as the paragraphs they were, marked as printed.</summary>
    public static List<Candidate> Classify(IEnumerable<Candidate> flow, Func<Candidate, IEnumerable<Candidate>> classify, StructureOptions options)
    {
        var classified = flow.Select(c => (Before: c, After: classify(c).ToList())).ToList();
        var codes = CodeSchemes(classified.SelectMany(x => x.After).OfType<HeadingCandidate>(), options);
        if (codes.Count == 0) return classified.SelectMany(x => x.After).ToList();
        return classified.SelectMany(x => x.Before is ParagraphCandidate p && x.After is [HeadingCandidate { Numbering: { } n }, ..] && codes.Contains(n.Key)
            ? [p with { Styled = true }] : x.After).ToList();
    }

    /// <summary>The bracketed arabic schemes whose headings' numbers, in reading order, mostly do not follow each other.</summary>
    internal static HashSet<(NumberingStyle, int)> CodeSchemes(IEnumerable<HeadingCandidate> headings, StructureOptions options)
    {
        var schemes = new HashSet<(NumberingStyle, int)>();
        foreach (var scheme in headings.Where(h => h.Numbering?.Style == NumberingStyle.ArabicParenthesized).GroupBy(h => h.Numbering!.Key))
        {
            var numbers = scheme.Select(h => int.TryParse(new string(h.Numbering!.Label.Where(char.IsAsciiDigit).ToArray()), out int n) ? n : 0).ToList();
            if (numbers.Count < options.MinFieldCodes) continue;
            int follow = numbers.Zip(numbers.Skip(1)).Count(p => p.Second == p.First + 1 || p.Second == 1);
            if (follow < (numbers.Count - 1) * options.FieldCodeFollowShare) schemes.Add(scheme.Key);
        }
        return schemes;
    }
}
