namespace ReportPipeline.Readers.Pdf;

/// <summary>Notes that stand inside a column's text rather than at its foot (a box's note), and small text a zone is not.</summary>
internal static partial class FootnoteZoneDetector
{
    /// <summary>
    /// Notes set inside the column's text: a run of lines set smaller than the body (<see cref="FootnoteZoneOptions.SizeRatio"/>)
    /// whose first line opens with a symbol the page cites ("used*." above "* See, for instance, …"), with body text both
    /// above it (or a rule drawn in text, "____", over that) and after it: the note of a box set in the middle of a page.
    /// </summary>
    internal static List<PdfFootnote> SymbolNotesInText(List<PdfLine> lines, double bodySize, FootnoteZoneOptions options, IReadOnlySet<string> cited)
    {
        var notes = new List<PdfFootnote>();
        bool Small(PdfLine l) => l.Size < bodySize * options.SizeRatio;
        for (int i = 1; i < lines.Count; i++)
        {
            if (!Small(lines[i]) || Small(lines[i - 1]) && !IsTextRule(lines[i - 1].Text)) continue;
            if (IsTextRule(lines[i - 1].Text) && (i < 2 || Small(lines[i - 2]))) continue;
            if (Symbol(lines[i].Text) is not var (symbol, rest) || !cited.Contains(symbol)) continue;
            var note = new PdfFootnote(0, rest, lines[i].Page, [lines[i]], lines[i].Text.Length - rest.Length, symbol);
            int j = i + 1;
            for (; j < lines.Count && Small(lines[j]) && Symbol(lines[j].Text) is null && Continues(note, lines[j], options); j++) note = note.Continued(lines[j]);
            if (j == lines.Count || Small(lines[j])) continue; // at the column's foot: the zone's to read
            notes.Add(note);
            i = j;
        }
        return notes;
    }

    /// <summary>A line drawn with underscores or dashes only: a rule set as text.</summary>
    internal static bool IsTextRule(string text) => text.Trim() is { Length: >= 10 } t && t.All(c => c is '_' or '-' or '—' or '‐');

    /// <summary>
    /// Whether the zone's first note (at <paramref name="first"/>) stands apart from the small lines above it, from
    /// <paramref name="start"/>: a gap wider than <see cref="FootnoteZoneOptions.ApartPitchRatio"/> times those lines' usual
    /// pitch. A rule between is not enough: a table nobody found draws one under its last row, over its legend.
    /// </summary>
    internal static bool ApartFromAbove(List<PdfLine> lines, int start, int first, FootnoteZoneOptions options)
    {
        PdfLine above = lines[first - 1], note = lines[first];
        var steps = lines.Skip(start).Take(first - start).Zip(lines.Skip(start + 1).Take(first - start))
            .Select(p => Math.Round(p.First.Baseline - p.Second.Baseline, 1)).Where(d => d > 0.5).ToList();
        double pitch = steps.Count == 0 ? above.Size * 1.2 : steps.GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return above.Baseline - note.Baseline > pitch * options.ApartPitchRatio;
    }

    /// <summary>Whether the line stands right under a table's last row (within <see cref="FootnoteZoneOptions.LegendGap"/>
    /// of its sizes below <paramref name="tableBottom"/>): the first line of the table's legend, no note.</summary>
    internal static bool UnderTable(PdfLine line, double tableBottom, FootnoteZoneOptions options) =>
        line.Baseline < tableBottom && tableBottom - line.Baseline <= line.Size * options.LegendGap;
}
