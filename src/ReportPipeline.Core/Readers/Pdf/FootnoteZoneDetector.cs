using ReportPipeline.Structure;
using System.Text.RegularExpressions;

namespace ReportPipeline.Readers.Pdf;

/// <summary>A footnote definition read from a page's footnote zone.</summary>
/// <param name="Page">The page the note ends on.</param>
/// <param name="Lines">Its lines, the first opening with the marker.</param>
/// <param name="MarkerLength">How many characters of the first line the marker takes (with the space after it).</param>
/// <param name="Symbol">The symbol marking a note not numbered ("*", "†"), or "" for a note with no marker at all
/// (a labelled line at the foot: "收稿日期：…"); null for a numbered note.</param>
internal sealed record PdfFootnote(int Number, string Text, int Page, IReadOnlyList<PdfLine>? Lines = null, int MarkerLength = 0, string? Symbol = null)
{
    public bool IsNumbered => Symbol is null;

    /// <summary>The marker as the page prints it.</summary>
    public string Marker => Lines is [var first, ..] && MarkerLength > 0 ? first.Text[..MarkerLength].Trim() : Number.ToString();

    public PdfFootnote Continued(PdfLine line) =>
        this with { Text = Structure.CjkText.JoinFragments(Text, line.Text), Page = line.Page, Lines = [.. Lines ?? [], line] };
}

/// <summary>The page a column stands on, for a block set apart at its foot: the page's height and all its lines.</summary>
internal sealed record PageFoot(double Height, IReadOnlyList<PdfLine> Lines);

/// <summary>Options of <see cref="FootnoteZoneDetector"/>.</summary>
/// <param name="SizeRatio">Footnote text is set smaller than this share of the body size.</param>
/// <param name="ApartSizeRatio">A block set apart at the foot of a column is an unmarked note when set smaller than this share of the body size.</param>
/// <param name="ApartGap">…and when the gap above it is at least this many body sizes.</param>
/// <param name="ApartLines">…and when it has at most this many lines.</param>
/// <param name="ApartFootShare">…and when it stands in this share of the page's height at its foot.</param>
/// <param name="ContinuedSizeDelta">A line continues a note only when set within this many points of the note's size:
/// small print of another size under the notes (a back cover's address, a colophon) is no part of them.</param>
/// <param name="ContinuedGap">…and, on the note's page, when it stands within this many of its sizes below the note's last line.</param>
/// <param name="ApartPitchRatio">Notes under small lines that are not notes (a table's rows) open only below a gap wider
/// than this many times those lines' pitch, or under a separator rule: else they are the table's legend.</param>
/// <param name="LegendGap">Small lines starting within this many of their sizes under a table's last row are its legend, no notes.</param>
/// <param name="ClosingGap">A line at the body's size closing the page under small lines, further than this many of their
/// sizes under them, is a footer: the notes are looked for above it.</param>
internal sealed record FootnoteZoneOptions(double SizeRatio = 0.88, double ApartSizeRatio = 0.95, double ApartGap = 3.0, int ApartLines = 3,
    double ApartFootShare = 0.15, double ContinuedSizeDelta = 0.4, double ContinuedGap = 2.2, double ApartPitchRatio = 1.3, double LegendGap = 2.5,
    double ClosingGap = 2.0)
{
    public static readonly FootnoteZoneOptions Default = new();
}

/// <summary>
/// Stage 5: the footnote zone at the foot of a page (or column): the run of lines, from the bottom up and below any
/// table, set smaller than the body, whose first line opens with a marker. A marker is a superscript number, a number with ")" or ".", or plain digits
/// when they are the next note's number ("12025 年…" is note 1, "2025 年…"), or a symbol (*, †, ‡, ①). Where the zone
/// holds marked notes or stands under a separator rule, a line opening with a short label and a colon ("收稿日期：")
/// is a note without a marker. A zone that opens without a marker continues the last note of the page before, or of
/// the column before when that note stopped mid-sentence.
/// </summary>
internal static partial class FootnoteZoneDetector
{
    [GeneratedRegex(@"^(?<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(?<t>.*)$|^(?<d>\d{1,3})[).．、]\s*(?<t2>.*)$")]
    private static partial Regex MarkedStart();

    /// <summary>A note marked with a symbol: *, **, †, ‡, §, ∗, or a circled number.</summary>
    [GeneratedRegex(@"^(?<s>\*{1,3}|∗{1,3}|†{1,2}|‡|§|¶|[\u2460-\u2473])\s*(?<t>\S.*)$")]
    private static partial Regex SymbolStart();

    /// <summary>A labelled line of a journal's foot: a short label and a colon ("收稿日期：", "Received:"), then the text.</summary>
    [GeneratedRegex(@"^(?<l>[\p{L}][\p{L} ]{1,14})[：:]\s*\S")]
    private static partial Regex LabelledStart();

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <param name="floor">The zone lies below this height (the bottom of the page's lowest table).</param>
    /// <param name="earlier">The notes of the pages before; a zone that continues the last of them extends it in place.</param>
    /// <param name="separator">The height of the short rule that separates notes from the text, where the page draws one.</param>
    public static (List<PdfLine> Body, List<PdfFootnote> Notes) Separate(List<PdfLine> pageLines, double bodySize, double floor,
        List<PdfFootnote> earlier, FootnoteZoneOptions options, double? separator = null, IReadOnlySet<string>? cited = null,
        PageFoot? foot = null)
    {
        cited ??= new HashSet<string>();
        var boxed = SymbolNotesInText(pageLines, bodySize, options, cited);
        if (boxed.Count > 0) pageLines = pageLines.Where(l => !boxed.Any(n => n.Lines!.Contains(l))).ToList();
        int end = pageLines.Count - (ClosesUnderNotes(pageLines, bodySize, floor, options) ? 1 : 0);
        var (body, notes) = SeparateZone(pageLines[..end], bodySize, floor, earlier, options, separator, cited, foot);
        return ([.. body, .. pageLines[end..]], [.. boxed, .. notes]);
    }

    /// <summary>
    /// Whether the column's last line closes the page under its notes: set at the body's size or larger (a publication's
    /// footer, "… Summaries, January 2011"), under small lines and apart from them by more than
    /// <see cref="FootnoteZoneOptions.ClosingGap"/> of their sizes. The notes are looked for above it; it stays text.
    /// </summary>
    internal static bool ClosesUnderNotes(List<PdfLine> lines, double bodySize, double floor, FootnoteZoneOptions options) =>
        lines is [.., var above, var last] && last.Size >= bodySize * options.SizeRatio && above.Size < bodySize * options.SizeRatio
        && above.Baseline < floor && above.Page == last.Page && above.Baseline - last.Baseline > above.Size * options.ClosingGap;

    private static (List<PdfLine> Body, List<PdfFootnote> Notes) SeparateZone(List<PdfLine> pageLines, double bodySize, double floor,
        List<PdfFootnote> earlier, FootnoteZoneOptions options, double? separator, IReadOnlySet<string> cited, PageFoot? foot)
    {
        int start = pageLines.Count;
        while (start > 0 && pageLines[start - 1].Size < bodySize * options.SizeRatio && pageLines[start - 1].Baseline < floor)
            start--;
        int next = (earlier.LastOrDefault(n => n.IsNumbered)?.Number ?? 0) + 1;
        if (start == pageLines.Count)
            return foot is not null && SetApartAtFoot(pageLines, bodySize, floor, options, foot) is int apart
                ? (pageLines.Take(apart).ToList(), [pageLines.Skip(apart + 1).Aggregate(ApartNote(pageLines[apart], next), (n, l) => n.Continued(l))])
                : (pageLines, []);

        int firstMarked = pageLines.FindIndex(start, l => Marker(l.Text, next) is not null || OpensSymbolNote(l, [], cited) && SymbolOf(l) is not null);
        // Lines with a label and a colon are notes where the zone holds marked notes too, or stands under a separator.
        bool labelled = firstMarked >= 0 || separator is { } rule && pageLines[start].Baseline < rule;
        int firstLabelled = labelled ? pageLines.FindIndex(start, l => LabelledStart().IsMatch(l.Text) && !char.IsLower(l.Text[0])) : -1;
        if (firstLabelled >= 0 && (firstMarked < 0 || firstLabelled < firstMarked)) firstMarked = firstLabelled;
        // A zone that opens without a marker continues the last note: of the page before, or of the column before.
        // The note a column's zone continues: the last one of the column before whose text stands level with it or
        // higher (a note set across the page foot, under both columns, is continued by neither).
        int target = earlier.Count - 1;
        while (target > 0 && earlier[target].Page == pageLines[start].Page && earlier[target].Lines is [.., var last]
               && last.Baseline < pageLines[start].Baseline - 1)
            target--;
        bool continuesNote = earlier.Count > 0 && (earlier[target].Page == pageLines[start].Page - 1
            || earlier[target].Page == pageLines[start].Page && !Structure.Sentences.EndsSentence(earlier[target].Text))
            && Continues(earlier[target], pageLines[start], options);
        // Notes under small text that is none of theirs (a table's rows, a caption) stand apart from it: a legend set
        // on under a table's last row at the rows' pitch ("Abbreviation: …", "* Per 100,000 …") is the table's, and so is
        // one right under a table found. Its numbered notes ("¹ Estimates for 2005 …") are notes still.
        if (!continuesNote && firstMarked >= 0 && (firstMarked > start && !ApartFromAbove(pageLines, start, firstMarked, options) || UnderTable(pageLines[start], floor, options)))
        {
            firstMarked = pageLines.FindIndex(start, l => Marker(l.Text, next) is not null);
            if (firstMarked < 0) return (pageLines, []);
        }
        if (!continuesNote || firstMarked == start)
        {
            // Small lines above the first marked one are body text set small (a caption, a table note), not notes.
            if (firstMarked < 0) return (pageLines, []);
            start = firstMarked;
        }

        // Where the notes are numbered with superscripts, a line opening with plain digits continues a note ("2018, …").
        bool superscripted = pageLines.Skip(start).Any(l => l.Text.Length > 0 && Structure.FootnoteMarkers.IsSuperscriptDigit(l.Text[0]));
        var notes = new List<PdfFootnote>();
        var body = pageLines.Take(start).ToList();
        bool left = false; // a line under the notes that is no part of them: it and the unmarked lines after it stay text
        foreach (var line in pageLines.Skip(start))
        {
            int expected = (notes.LastOrDefault(n => n.IsNumbered)?.Number ?? next - 1) + 1;
            if (Marker(line.Text, expected) is var (number, text) && (!superscripted || Structure.FootnoteMarkers.IsSuperscriptDigit(line.Text[0])))
                notes.Add(new PdfFootnote(number, text, line.Page, [line], line.Text.Length - text.Length));
            else if (OpensSymbolNote(line, notes, cited) && SymbolOf(line) is var (symbol, rest))
                notes.Add(new PdfFootnote(0, rest, line.Page, [line], line.Text.Length - rest.Length, symbol));
            else if (labelled && LabelledStart().IsMatch(line.Text) && !char.IsLower(line.Text[0]) && !notes.Any(n => n.IsNumbered))
                notes.Add(new PdfFootnote(0, line.Text, line.Page, [line], 0, ""));
            else if (!left && notes.Count > 0 && Continues(notes[^1], line, options))
                notes[^1] = notes[^1].Continued(line);
            else if (!left && notes.Count == 0 && Continues(earlier[target], line, options))
                earlier[target] = earlier[target].Continued(line);
            else
            {
                body.Add(line);
                left = true;
                continue;
            }
            left = false;
        }
        return (body, notes);
    }

    /// <summary>
    /// Whether a line without a marker goes on with a note: set in the note's size, and on the note's page close under
    /// its last line. Small print of another size, or set well apart under the notes (a back cover's address and
    /// registration number at the page foot, a box of small text over the notes), is text of its own.
    /// </summary>
    private static bool Continues(PdfFootnote note, PdfLine line, FootnoteZoneOptions options)
    {
        if (note.Lines is not [.., var last]) return true;
        if (Math.Abs(last.Size - line.Size) > options.ContinuedSizeDelta) return false;
        return last.Page != line.Page || last.Column != line.Column || last.Baseline - line.Baseline <= line.Size * options.ContinuedGap;
    }

    /// <summary>
    /// Where a block set apart at the foot of a column begins: its last lines (up to <see cref="FootnoteZoneOptions.ApartLines"/>),
    /// a little smaller than the body, below a gap of several body sizes, holding words and no caption. A careful reader
    /// takes such a block for an unmarked note (a conference's "Proceedings of …" line, a "Received …" line); null when
    /// the column ends otherwise. Running heads and page numbers have left the page before; a foot line sharing its
    /// baseline with a line of another column is the page's footer row (a disclaimer left, a motto right), no note.
    /// </summary>
    public static int? SetApartAtFoot(List<PdfLine> lines, double bodySize, double floor, FootnoteZoneOptions options, PageFoot foot)
    {
        if (lines.Count == 0 || lines[^1].Baseline > foot.Height * options.ApartFootShare) return null;
        int start = lines.Count;
        while (start > 0 && lines.Count - start < options.ApartLines && lines[start - 1].Size < bodySize * options.ApartSizeRatio
               && lines[start - 1].Baseline < floor && (start == lines.Count || lines[start - 1].Baseline - lines[start].Baseline < lines[start].Size * 1.6))
            start--;
        if (start == lines.Count || start == 0) return null;
        if (lines[start - 1].Baseline - lines[start].Baseline < bodySize * options.ApartGap) return null;
        if (start > 0 && lines.Count - start == options.ApartLines && lines[start - 1].Size < bodySize * options.ApartSizeRatio) return null; // more small lines above: no short block
        if (lines.Skip(start).Any(l => foot.Lines.Any(o => !lines.Contains(o) && Math.Abs(o.Baseline - l.Baseline) < 1))) return null;
        string text = string.Concat(lines.Skip(start).Select(l => l.Text));
        if (!NoteDefinitionRule.HoldsWord(text) || Structure.Conventions.ReportConventions.IsFigureCaption(lines[start].Text) || Structure.Conventions.ReportConventions.IsTableCaption(lines[start].Text)) return null;
        return start;
    }

    /// <summary>
    /// The note a block set apart at a column's foot opens: numbered where its first line opens with the next note's
    /// number set raised (a note set barely smaller than the body, "¹Pub. L. No. …"), else a note without a marker.
    /// </summary>
    internal static PdfFootnote ApartNote(PdfLine first, int next) =>
        first.Text.Length > 0 && Structure.FootnoteMarkers.IsSuperscriptDigit(first.Text[0]) && Marker(first.Text, next) is var (number, text) && number == next
            ? new PdfFootnote(number, text, first.Page, [first], first.Text.Length - text.Length)
            : new PdfFootnote(0, first.Text, first.Page, [first], 0, "");

    /// <summary>The symbol opening a note ("* text", "† text", "① text"), and the rest; null when the line opens with none.</summary>
    public static (string Symbol, string Text)? Symbol(string line) =>
        SymbolStart().Match(line) is { Success: true } m && IsNoteText(m.Groups["t"].Value) ? (m.Groups["s"].Value, m.Groups["t"].Value.Trim()) : null;

    /// <summary>The symbol opening a note's line: a symbol, or a letter set raised (<see cref="RaisedLetter"/>).</summary>
    private static (string Symbol, string Text)? SymbolOf(PdfLine line) => Symbol(line.Text) ?? RaisedLetter(line);

    /// <summary>
    /// A lower-case letter set raised before a capital, opening a line: a statistics table's legend marks its notes with
    /// letters ("ᵉEstimated." for the "e" after an estimated figure). Only the one letter is raised; the text is not.
    /// </summary>
    internal static (string Symbol, string Text)? RaisedLetter(PdfLine line)
    {
        string text = line.Text;
        if (text.Length < 3 || line.Styles is not { Count: > 2 } styles || !char.IsAsciiLetterLower(text[0]) || !styles[0].HasFlag(PdfCharStyle.Raised)) return null;
        int rest = text[1] == ' ' ? 2 : 1;
        if (rest >= text.Length || styles[rest].HasFlag(PdfCharStyle.Raised) || !char.IsUpper(text[rest])) return null;
        return IsNoteText(text[rest..]) ? (text[..1], text[rest..].Trim()) : null;
    }

    /// <summary>
    /// A symbol opens a note where it is set raised, and not after a numbered note of the same zone: there "②" or "*"
    /// opens an item or a remark inside that note. A symbol the page cites (set after a word above: "Name*") opens a
    /// note wherever it stands in the zone, raised or not.
    /// </summary>
    private static bool OpensSymbolNote(PdfLine line, List<PdfFootnote> zone, IReadOnlySet<string> cited) =>
        Symbol(line.Text) is var (symbol, _) && cited.Contains(symbol)
        || !zone.Any(n => n.IsNumbered) && (line.Styles is [var first, ..] && first.HasFlag(PdfCharStyle.Raised) || zone.Any(n => n.Symbol == ""));

    /// <summary>
    /// The note symbols a page cites: set right after a word ("Name*", "title†"), not opening a line; a circled number
    /// right after a word, whatever follows it ("一般公共预算①执行情况").
    /// </summary>
    public static HashSet<string> CitedSymbols(IEnumerable<PdfLine> lines)
    {
        var cited = new HashSet<string>();
        foreach (var line in lines)
            foreach (Match m in CitedSymbol().Matches(line.Text))
                cited.Add(m.Groups["s"].Value);
        return cited;
    }

    [GeneratedRegex(@"(?<=[\p{L}\p{N})）])(?<s>\*{1,3}|∗{1,3}|†{1,2}|‡)(?=\s|$|[,，、.;:])|(?<=\p{L})(?<s>[\u2460-\u2473])")]
    private static partial Regex CitedSymbol();

    /// <summary>Text a note can hold: words, not only more numbers.</summary>
    private static bool IsNoteText(string text) => text.Any(char.IsLetter) && !NumberGoesOn().IsMatch(text);

    /// <summary>Digits that go on with a comma or point: the line opens with a longer number ("1999, pp."), not a note number.</summary>
    [GeneratedRegex(@"^\d+[,.，]")]
    private static partial Regex NumberGoesOn();

    /// <summary>The note number opening a line, and the rest of the line; null when the line opens with no marker.</summary>
    public static (int Number, string Text)? Marker(string line, int expected)
    {
        var m = MarkedStart().Match(line);
        if (m.Success && m.Groups["n"].Success)
            return (m.Groups["n"].Value.Aggregate(0, (n, c) => n * 10 + Superscripts.IndexOf(c)), m.Groups["t"].Value.Trim());
        // "3)" or "3." opens a note only when it is the next note's number: a note may hold a numbered list of its own.
        if (m.Success && m.Groups["d"].Success && DecimalDigits.Value(m.Groups["d"].Value) == expected)
            return (expected, m.Groups["t2"].Value.Trim());
        // Plain digits open a note only when note text follows: "10 20 … 100" (a table's header) is no list of notes.
        string digits = expected.ToString();
        if (line.StartsWith(digits, StringComparison.Ordinal) && line.Length > digits.Length && IsNoteText(line[digits.Length..].Trim()))
            return (expected, line[digits.Length..].Trim());
        return null;
    }
}
