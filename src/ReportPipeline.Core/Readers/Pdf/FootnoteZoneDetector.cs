using System.Text.RegularExpressions;

namespace ReportPipeline.Readers.Pdf;

/// <summary>A footnote definition read from a page's footnote zone.</summary>
/// <param name="Page">The page the note ends on.</param>
/// <param name="Lines">Its lines, the first opening with the marker.</param>
/// <param name="MarkerLength">How many characters of the first line the marker takes (with the space after it).</param>
internal sealed record PdfFootnote(int Number, string Text, int Page, IReadOnlyList<PdfLine>? Lines = null, int MarkerLength = 0)
{
    /// <summary>The marker as the page prints it.</summary>
    public string Marker => Lines is [var first, ..] && MarkerLength > 0 ? first.Text[..MarkerLength].Trim() : Number.ToString();

    public PdfFootnote Continued(PdfLine line) =>
        this with { Text = Structure.CjkText.JoinFragments(Text, line.Text), Page = line.Page, Lines = [.. Lines ?? [], line] };
}

/// <summary>Options of <see cref="FootnoteZoneDetector"/>.</summary>
/// <param name="SizeRatio">Footnote text is set smaller than this share of the body size.</param>
internal sealed record FootnoteZoneOptions(double SizeRatio = 0.88)
{
    public static readonly FootnoteZoneOptions Default = new();
}

/// <summary>
/// Stage 5: the footnote zone at the foot of a page (or column): the run of lines, from the bottom up and below any
/// table, set smaller than the body, whose first line opens with a marker. A marker is a superscript number, a number with ")" or ".", or plain digits
/// when they are the next note's number ("12025 年…" is note 1, "2025 年…"). A zone that opens without a marker
/// continues the last note of the page before.
/// </summary>
internal static partial class FootnoteZoneDetector
{
    [GeneratedRegex(@"^(?<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(?<t>.*)$|^(?<d>\d{1,3})[).．、]\s*(?<t2>.*)$")]
    private static partial Regex MarkedStart();

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <param name="floor">The zone lies below this height (the bottom of the page's lowest table).</param>
    /// <param name="earlier">The notes of the pages before; a zone that continues the last of them extends it in place.</param>
    public static (List<PdfLine> Body, List<PdfFootnote> Notes) Separate(List<PdfLine> pageLines, double bodySize, double floor,
        List<PdfFootnote> earlier, FootnoteZoneOptions options)
    {
        int start = pageLines.Count;
        while (start > 0 && pageLines[start - 1].Size < bodySize * options.SizeRatio && pageLines[start - 1].Baseline < floor)
            start--;
        if (start == pageLines.Count) return (pageLines, []);

        int next = earlier.Count == 0 ? 1 : earlier[^1].Number + 1;
        int firstMarked = pageLines.FindIndex(start, l => Marker(l.Text, next) is not null);
        bool continuesNote = earlier.Count > 0 && earlier[^1].Page == pageLines[start].Page - 1;
        if (!continuesNote)
        {
            // Small lines above the first marked one are body text set small (a caption, a table note), not notes.
            if (firstMarked < 0) return (pageLines, []);
            start = firstMarked;
        }

        // Where the notes are numbered with superscripts, a line opening with plain digits continues a note ("2018, …").
        bool superscripted = pageLines.Skip(start).Any(l => l.Text.Length > 0 && Structure.FootnoteMarkers.IsSuperscriptDigit(l.Text[0]));
        var notes = new List<PdfFootnote>();
        foreach (var line in pageLines.Skip(start))
        {
            int expected = notes.Count > 0 ? notes[^1].Number + 1 : next;
            if (Marker(line.Text, expected) is var (number, text) && (!superscripted || Structure.FootnoteMarkers.IsSuperscriptDigit(line.Text[0])))
                notes.Add(new PdfFootnote(number, text, line.Page, [line], line.Text.Length - text.Length));
            else if (notes.Count > 0)
                notes[^1] = notes[^1].Continued(line);
            else
                earlier[^1] = earlier[^1].Continued(line);
        }
        return (pageLines.Take(start).ToList(), notes);
    }

    /// <summary>Text a note can hold: words, not only more numbers.</summary>
    private static bool IsNoteText(string text) => text.Any(char.IsLetter);

    /// <summary>The note number opening a line, and the rest of the line; null when the line opens with no marker.</summary>
    public static (int Number, string Text)? Marker(string line, int expected)
    {
        var m = MarkedStart().Match(line);
        if (m.Success && m.Groups["n"].Success)
            return (m.Groups["n"].Value.Aggregate(0, (n, c) => n * 10 + Superscripts.IndexOf(c)), m.Groups["t"].Value.Trim());
        // "3)" or "3." opens a note only when it is the next note's number: a note may hold a numbered list of its own.
        if (m.Success && m.Groups["d"].Success && int.Parse(m.Groups["d"].Value) == expected)
            return (expected, m.Groups["t2"].Value.Trim());
        // Plain digits open a note only when note text follows: "10 20 … 100" (a table's header) is no list of notes.
        string digits = expected.ToString();
        if (line.StartsWith(digits, StringComparison.Ordinal) && line.Length > digits.Length && IsNoteText(line[digits.Length..].Trim()))
            return (expected, line[digits.Length..].Trim());
        return null;
    }
}
