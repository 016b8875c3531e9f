using ReportPipeline.Scripts;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of <see cref="PdfParagraphBuilder"/>.</summary>
/// <param name="IndentShare">A line starting this many font sizes right of the column's left edge is indented.</param>
/// <param name="ShortLineShare">A line ending this many font sizes left of the column's right edge ends its paragraph.</param>
/// <param name="GapRatio">A gap between baselines wider than this multiple of the usual line pitch separates paragraphs.</param>
/// <param name="DisplaySizeRatio">Centred lines set at least this many times the body size are display lines (a title):
/// consecutive ones of one size and weight are one wrapped paragraph, however short the first ends.</param>
/// <param name="DisplayPitchRatio">Two display lines belong together only when their baselines stand within this many of their size.</param>
/// <param name="DisplayCentreShare">A display line is centred when its margins differ by less than this many of its size.</param>
/// <param name="HeadingMaxLines">A wholly bold block of at most this many lines, with space above it and regular text
/// after it, is set apart as a heading may be (<see cref="PdfParagraph.SpaceAbove"/>), however long it wraps.</param>
/// <param name="SentenceIndentShare">After a line that ends a sentence, a line starting this many font sizes right of the
/// column's left edge is indented (a first-line indent of one em, as Korean typesetting sets it).</param>
/// <param name="SyllableWrapShare">Where at least this share of the full lines ending and going on in Hangul break inside a
/// word, the document wraps Korean by the syllable: a line that ends short ends its paragraph, whatever word comes next.</param>
/// <param name="HangShare">A bulleted or numbered item's second line hangs under its text when it starts right of the
/// item's first line by at most this many font sizes (see <see cref="HangingIndent"/>).</param>
/// <param name="AlignShare">Two lines start (or end) level when their edges differ by at most this many font sizes.</param>
/// <param name="SpreadTitleRatio">A line of a few CJK or Hangul letters set this many of their sizes apart each, on average,
/// is a word spread across the line as a section title is ("부      칙"; see <see cref="SpreadTitle"/>).</param>
/// <param name="ColumnLines">A page's column with at least this many lines forming paragraphs has edges of its own
/// (<see cref="BodyGeometry.PageColumns"/>); others take the edges of their column number over the document.</param>
/// <param name="BlockFillShare">A line set in from the column that fills at least this share of the measure left to it
/// (from where it starts to the column's right edge) is a line of a set-in block (a callout, a quote, an item's text going
/// on in the next column): the line under it starting level goes on with it (see <see cref="PdfParagraphBuilder.Hangs"/>).</param>
/// <param name="MarkedShare">A document where at least this share of its clear paragraph ends is followed by a gap or an
/// indent marks its paragraphs (<see cref="ParagraphMarks"/>) …</param>
/// <param name="MarkedShortShare">… and there a line ends its paragraph by ending short only when it ends more than this
/// share of its column's measure short (a ragged line the composer balanced does not).</param>
/// <param name="MarkedMinEnds">A document needs at least this many clear paragraph ends to tell that it marks them.</param>
internal sealed record PdfParagraphOptions(double IndentShare = 1.2, double ShortLineShare = 1.5, double GapRatio = 1.12,
    double DisplaySizeRatio = 1.12, double DisplayPitchRatio = 2.5, double DisplayCentreShare = 1.5, int HeadingMaxLines = 3,
    double SentenceIndentShare = 0.5, double SyllableWrapShare = 0.3, double HangShare = 4, double AlignShare = 0.25, double SpreadTitleRatio = 2.0,
    int ColumnLines = 6, double BlockFillShare = 0.6, double MarkedShare = 0.9, double MarkedShortShare = 0.33, int MarkedMinEnds = 3)
{
    public static readonly PdfParagraphOptions Default = new();

    /// <summary>After a sequence label and its space ("1. "), a line hangs under the item's text only within this many font
    /// sizes for each letter of the label and its space: further right it is an indent of its own (<see cref="HangingIndent"/>).</summary>
    public double LabelHangShare { get; init; } = 0.75;

    /// <summary>A page's column measures its edges on lines no wider than this many times their median width (see
    /// <see cref="BodyGeometry.WithinMeasure"/>).</summary>
    public double ColumnWidthRatio { get; init; } = 1.4;

    /// <summary>A line opened by a private-use glyph (a boxed number the text layer does not name) is a section title when
    /// set at least this many times the size of the text after it (see <see cref="GlyphNumberedTitle"/>).</summary>
    public double GlyphTitleSizeRatio { get; init; } = 1.05;
}

/// <summary>What the page flow holds, in reading order: text lines, tables, and the notes that end a page.</summary>
internal abstract record PdfFlowItem(int Page);

internal sealed record FlowLine(PdfLine Line) : PdfFlowItem(Line.Page);

internal sealed record FlowTable(PdfTable Table) : PdfFlowItem(Table.Page);

/// <param name="First">Index of the page's first note in the document's list (a note can still grow on the next page).</param>
internal sealed record FlowNotes(int First, int Count, int Page) : PdfFlowItem(Page);

/// <summary>A paragraph: its text, the page it starts on, whether it is set wholly in bold, and its lines.</summary>
/// <param name="Hyphenated">The document's hyphenated words, which a line-end hyphen keeps (see <see cref="PdfLineJoiner"/>).</param>
internal sealed record PdfParagraph(string Text, int Page, bool Bold = false, IReadOnlyList<PdfLine>? Lines = null,
    IReadOnlySet<string>? Hyphenated = null) : PdfFlowItem(Page)
{
    /// <summary>The paragraph stands apart from the text above: a gap wider than the line pitch, or the top of a column or page.</summary>
    public bool SpaceAbove { get; init; }

    /// <summary>The paragraph's lines hang under the text after its bullet or number: an item of a list, no heading.</summary>
    public bool Item { get; init; }
}

/// <summary>
/// Stage 6: lines → paragraphs. A line opens a paragraph when it is indented, when the line above ended short of the
/// right edge, when the gap above is wider than the usual line pitch, or when the size or weight changes (a bold heading). A page's first line,
/// not indented, continues the paragraph the page (or column) before left open, across the notes at the foot of that
/// page (which follow the paragraph in the flow).
/// </summary>
internal static class PdfParagraphBuilder
{
    public static List<PdfFlowItem> Build(IEnumerable<PdfFlowItem> flow, BodyGeometry body, PdfParagraphOptions options)
    {
        var items = WithLineEndsTold(LoneBullets.Attach(flow.ToList(), options), body);
        var hyphenated = PdfLineJoiner.HyphenatedWords(items.OfType<FlowLine>().Select(f => f.Line.Text));
        bool syllableWrap = WrapsBySyllable(items.OfType<FlowLine>().Select(f => f.Line).ToList(), body, hyphenated, options);
        bool marked = ParagraphMarks.Marked(items.OfType<FlowLine>().Select(f => f.Line).ToList(), body, options);
        var result = new List<PdfFlowItem>();
        var current = new List<PdfLine>();
        var heldNotes = new List<FlowNotes>();
        int open = 0; // full-width brackets the paragraph has opened and not closed
        PdfLine? previous = null;
        bool spaceAbove = true;
        void Flush()
        {
            if (current.Count > 0)
                result.Add(new PdfParagraph(PdfLineJoiner.Join(current, hyphenated), current[0].Page, current.All(l => l.Bold), current, hyphenated)
                    { SpaceAbove = spaceAbove, Item = IsItem(current, options) });
            current = [];
            open = 0;
            result.AddRange(heldNotes);
            heldNotes.Clear();
        }
        for (int index = 0; index < items.Count; index++)
        {
            var item = items[index];
            switch (item)
            {
                case FlowNotes notes when current.Count > 0:
                    heldNotes.Add(notes); // the paragraph may go on on the next page
                    break;
                case FlowLine { Line: var line }:
                    if (previous is not null && current.Count > 0 && (Breaks(current, line, items.ElementAtOrDefault(index + 1) is FlowLine { Line: var next } ? next : null, body, options, syllableWrap, open > 0, marked)
                                                                      || NextInSequence(current[0].Text, line.Text)))
                    {
                        Flush();
                        spaceAbove = Apart(previous, line, body, options);
                    }
                    else if (current.Count == 0) spaceAbove = previous is null || Apart(previous, line, body, options);
                    current.Add(line);
                    open = Math.Max(0, open + BracketDepth(line.Text));
                    previous = line;
                    break;
                default:
                    Flush();
                    result.Add(item);
                    previous = null;
                    break;
            }
        }
        Flush();
        return result;
    }

    /// <param name="current">The paragraph's lines so far: its first line's label sets where its wrapped lines hang.</param>
    /// <param name="next">The line after <paramref name="line"/>, where one follows.</param>
    /// <param name="syllableWrap">The document wraps Korean by the syllable (<see cref="WrapsBySyllable"/>).</param>
    /// <param name="bracketOpen">The paragraph has opened a full-width bracket it has not closed ("（以下" at a line end).</param>
    /// <param name="marked">The document marks its paragraphs by a gap or an indent (<see cref="ParagraphMarks"/>).</param>
    private static bool Breaks(IReadOnlyList<PdfLine> current, PdfLine line, PdfLine? next, BodyGeometry body, PdfParagraphOptions o, bool syllableWrap = false,
        bool bracketOpen = false, bool marked = false)
    {
        var previous = current[^1];
        var (left, _) = body.Of(line);
        var (_, previousRight) = body.Of(previous);
        // A line set in under an item's text or level with the block above it continues them; within such a block the
        // right edge its lines reach together is the one a short line is measured against (a block quote set in both sides).
        bool hangs = Hangs(current, line, next, body, o);
        if (hangs && BlockRight(current, line, o) is { } blockRight) previousRight = blockRight;
        else if (hangs && SetInBlock(previous, line, left, body.Of(line).Right, o) && !Structure.Sentences.EndsSentence(previous.Text))
            previousRight = SetInRight(current, line, o);
        // A centred line after a full one opens a paragraph (the speaker under an occasion line); a wrapped title is
        // kept whole by WrappedDisplay, a wrapped occasion line is rejoined by the title-block rule. A numbered item's
        // wrapped line, set under the text after its label, is no indent (HangingIndent). After a finished sentence a
        // smaller indent opens a paragraph.
        hangs |= HangingIndent.Hangs(current[0], line, o);
        bool indented = !hangs && (line.Left > left + line.Size * o.IndentShare
                                   || Structure.Sentences.EndsSentence(previous.Text) && line.Left > left + line.Size * o.SentenceIndentShare);
        // In ragged-right text a line ends short when the next line's first word would not have fit after it: it only
        // ends its paragraph when that word would have fit (a two-line bold heading, a wrapped "(1) …" clause). Text
        // wrapped by the syllable breaks anywhere, so there its first syllable is the word.
        double firstWord = syllableWrap && line.Text.Length > 0 && ScriptDetector.IsHangul(line.Text[0]) ? line.Size : FirstWordWidth(line);
        // A paragraph does not end inside a bracket it opened: CJK text set ragged ends a line short there too.
        bool previousShort = !bracketOpen && previous.Right < previousRight - previous.Size * o.ShortLineShare
                             && previousRight - previous.Right > firstWord + previous.Size * 0.25
                             && (!marked || !Balanced(previous, line) || Math.Abs(previous.Size - body.Size) > 0.6 && Structure.Sentences.EndsSentence(previous.Text) || previousRight - previous.Right > (previousRight - body.Of(previous).Left) * o.MarkedShortShare);
        // A bold line after text that ends in regular weight opens a paragraph (a heading); the regular text after a
        // bold line does so only where the bold line ends short, since a bold lead sentence runs on into its paragraph.
        bool styleChange = Math.Abs(line.Size - previous.Size) > 0.6 || WhollyBold(line) && !EndsBold(previous);
        if (line.Text.Length > 0 && PdfLineBuilder.IsBullet(line.Text[0])) return true; // a list item
        if (OpensLabel(line.Text) && OpensLabel(current[0].Text)) return true; // "① …" after "① …", "[범주] …" after "[범주] …": items
        // A figure's caption after a finished sentence opens its own paragraph, even set flush in the same column.
        if (Structure.Sentences.EndsSentence(previous.Text) && Structure.Conventions.ReportConventions.IsFigureCaption(line.Text)) return true;
        if (WrappedDisplay(previous, line, body, o)) return false;
        if (line.Page != previous.Page || line.Column != previous.Column) return indented || previousShort || styleChange;
        bool gap = previous.Baseline - line.Baseline > body.Pitch * o.GapRatio * Math.Max(1, line.Size / body.Size);
        return indented || previousShort || styleChange || gap;
    }

    /// <summary>
    /// A line opening with a circled number ("① ", "②"), a glyph drawn at a private-use code and a space (a Hancom
    /// bullet the text layer does not name), or a short label in square brackets and a space ("[생성 범주] "):
    /// where a paragraph's first line opens so, each such line after it opens an item of its own (lines of a list set
    /// flush, full to the margin, with nothing else to tell them apart).
    /// </summary>
    internal static bool OpensLabel(string text)
    {
        string t = text.TrimStart();
        if (t.Length > 1 && PdfInlines.IsCircled(t[0])) return true;
        if (t.Length > 2 && PdfGlyphForms.IsPrivateUse(t[..1]) && t[1] == ' ') return true; // a bullet drawn at a private-use code
        int close = t.StartsWith('[') ? t.IndexOf(']') : -1;
        return close is > 1 and <= 12 && close + 1 < t.Length && t[close + 1] == ' ' && t[1..close].Any(char.IsLetter);
    }

    /// <summary>
    /// A line set in from the column that goes on with the paragraph above: it hangs under the text of a bulleted or
    /// numbered item's first line (right of the bullet or label, within <see cref="PdfParagraphOptions.HangShare"/> sizes);
    /// it starts level with a line that already hung so (an item's third line); or it starts and ends level with a first
    /// line set in on both sides and the line after it starts level too (a block quote's second line: two centred lines
    /// of one width, a title block's, are no quote).
    /// </summary>
    internal static bool Hangs(IReadOnlyList<PdfLine> current, PdfLine line, PdfLine? next, BodyGeometry body, PdfParagraphOptions o)
    {
        PdfLine opening = current[0], previous = current[^1];
        double tolerance = line.Size * o.AlignShare;
        var (left, right) = body.Of(line);
        if (line.Page != previous.Page || line.Column != previous.Column) return false;
        bool level = Math.Abs(line.Left - previous.Left) <= tolerance && previous.Left > left + line.Size * o.IndentShare;
        if (current.Count > 1) return level;
        if (HangingIndent.IsItemOpening(opening)) return HangingIndent.Hangs(opening, line, o);
        if (level && SetInBlock(previous, line, left, right, o)) return true;
        return level && Math.Abs(line.Right - opening.Right) <= tolerance && opening.Right < right - line.Size * o.ShortLineShare
            && next is not null && next.Page == line.Page && Math.Abs(next.Left - line.Left) <= tolerance;
    }

    /// <summary>
    /// Two lines starting level, set in from the column, the upper one filling at least <see cref="PdfParagraphOptions.BlockFillShare"/>
    /// of the measure from where it starts to the column's right edge, and both ending short of that edge (by
    /// <see cref="PdfParagraphOptions.ShortLineShare"/> sizes): lines of one block set in on both sides (a callout, a quote with a
    /// ragged right edge), the upper one ending mid-sentence. A heading and the first line of the paragraph under it, both indented and the second running to
    /// the edge, are two openings; two centred lines (a title block's,
    /// their margins equal on both sides) and short lines set level (an address) are no such block.
    /// </summary>
    internal static bool SetInBlock(PdfLine previous, PdfLine line, double left, double right, PdfParagraphOptions o)
    {
        double tolerance = line.Size * o.AlignShare;
        bool Centred(PdfLine l) => Math.Abs((l.Left - left) - (right - l.Right)) <= tolerance;
        double inside = right - line.Size * o.ShortLineShare;
        return right > previous.Left && previous.Right < inside && line.Right < inside && !Structure.Sentences.EndsSentence(previous.Text)
            && (previous.Right - previous.Left) / (right - previous.Left) >= o.BlockFillShare
            && !(Centred(previous) && Centred(line));
    }

    /// <summary>A numbered or bulleted paragraph whose second line hangs under the text after its label: an item of a list.</summary>
    internal static bool IsItem(IReadOnlyList<PdfLine> lines, PdfParagraphOptions o) =>
        lines is [var first, var second, ..] && second.Page == first.Page && HangingIndent.Hangs(first, second, o);

    /// <summary>
    /// Whether a line may have been ended short by a composer balancing ragged lines: it ends in Latin text (CJK and
    /// Hangul text break anywhere, so a short line of them is a paragraph's end) and the next line opens no note or item (a raised number,
    /// a bracketed number, a label or a bullet open one whatever the line before).
    /// </summary>
    internal static bool Balanced(PdfLine previous, PdfLine line)
    {
        string end = previous.Text.TrimEnd(), next = line.Text.TrimStart();
        int last = end.Length - 1;
        while (last >= 0 && !char.IsLetterOrDigit(end[last])) last--;
        if (last < 0 || next.Length == 0 || end[last] >= '\u0250') return false; // not Latin: CJK, Hangul, kana break anywhere
        return !Structure.FootnoteMarkers.IsSuperscriptDigit(next[0]) && next[0] is not ('[' or '［' or '【')
            && !PdfLineBuilder.IsBullet(next[0]) && SequenceLabel.Of(next) is null;
    }

    /// <summary>The right edge a ragged set-in block reaches so far: the furthest its lines starting level with the line go.</summary>
    internal static double SetInRight(IReadOnlyList<PdfLine> current, PdfLine line, PdfParagraphOptions o) =>
        current.Where(l => Math.Abs(l.Left - line.Left) <= line.Size * o.AlignShare).Select(l => l.Right).Append(line.Right).Max();

    /// <summary>The right edge that two or more lines of a block set in from the column reach together (its measure), if any.</summary>
    internal static double? BlockRight(IReadOnlyList<PdfLine> current, PdfLine line, PdfParagraphOptions o)
    {
        double tolerance = line.Size * o.AlignShare;
        var rights = current.Where(l => Math.Abs(l.Left - line.Left) <= tolerance).Select(l => l.Right).Append(line.Right).ToList();
        var shared = rights.Where(r => rights.Count(s => Math.Abs(s - r) <= tolerance) >= 2).ToList();
        return shared.Count == 0 ? null : shared.Max();
    }

    /// <summary>
    /// A PDF that draws its word spaces tells, by ending a Hangul line without one, that the break cut a word — unless it
    /// never ends a full Hangul line (one reaching the column's right edge, so that the paragraph goes on) with a space
    /// at all: some producers drop the space at every line end. There the line ends say nothing
    /// (<see cref="PdfLine.SpaceAtEnd"/> null), and the joiner asks the document's words instead.
    /// </summary>
    internal static List<PdfFlowItem> WithLineEndsTold(List<PdfFlowItem> items, BodyGeometry body)
    {
        int withSpace = 0, without = 0;
        foreach (var item in items)
            if (item is FlowLine { Line: { Text.Length: > 0 } line } && ScriptDetector.IsHangul(line.Text[^1]) && line.Right >= body.Of(line).Right - line.Size)
                if (line.SpaceAtEnd == true) withSpace++;
                else if (line.SpaceAtEnd == false) without++;
        if (withSpace > 0 || without == 0) return items;
        return items.Select(i => i is FlowLine { Line.SpaceAtEnd: false } f ? new FlowLine(f.Line with { SpaceAtEnd = null }) : i).ToList();
    }

    /// <summary>How many full-width brackets a line opens (（「『【〔) less those it closes.</summary>
    internal static int BracketDepth(string text)
    {
        int depth = 0;
        foreach (char c in text)
            if (c is '（' or '「' or '『' or '【' or '〔') depth++;
            else if (c is '）' or '」' or '』' or '】' or '〕') depth--;
        return depth;
    }

    /// <summary>
    /// Whether the document wraps Korean by the syllable, as Hancom sets it by default: of the full lines (reaching the
    /// column's right edge) that end in Hangul and go on in Hangul on the next line, at least
    /// <see cref="PdfParagraphOptions.SyllableWrapShare"/> break inside a word (<see cref="PdfLineJoiner"/> joins them closed).
    /// </summary>
    internal static bool WrapsBySyllable(IReadOnlyList<PdfLine> lines, BodyGeometry body, IReadOnlySet<string> words, PdfParagraphOptions o)
    {
        int breaks = 0, cut = 0;
        for (int i = 1; i < lines.Count; i++)
        {
            PdfLine a = lines[i - 1], b = lines[i];
            if (a.Page != b.Page || a.Column != b.Column || a.Text.Length == 0 || b.Text.Length == 0) continue;
            if (!ScriptDetector.IsHangul(a.Text[^1]) || !ScriptDetector.IsHangul(b.Text[0]) || a.Right < body.Of(a).Right - a.Size) continue;
            breaks++;
            if (PdfLineJoiner.Join(a.Text, a.SpaceAtEnd, b.Text, words).Length == a.Text.Trim().Length + b.Text.Trim().Length) cut++;
        }
        return breaks > 0 && cut >= 3 && cut >= breaks * o.SyllableWrapShare;
    }

    private static bool Apart(PdfLine previous, PdfLine line, BodyGeometry body, PdfParagraphOptions o) =>
        line.Page != previous.Page || line.Column != previous.Column
        || previous.Baseline - line.Baseline > body.Pitch * o.GapRatio * Math.Max(1, line.Size / body.Size);

    /// <summary>
    /// A line opening with the label that follows the one opening the paragraph ("(2) …" under a paragraph opened by
    /// "(1) …", "b." after "a.") starts the next numbered paragraph, even where the page shows no indent or gap.
    /// </summary>
    internal static bool NextInSequence(string opening, string line) =>
        SequenceLabel.Of(opening) is { } first && SequenceLabel.Of(line) is { } next && next.Follows(first);

    /// <summary>
    /// The second line of a wrapped title: both lines centred, set larger than the body, in one size and weight, on
    /// one page and close together. Typesetters break a title where its sense allows, so the first line may end short.
    /// </summary>
    internal static bool WrappedDisplay(PdfLine previous, PdfLine line, BodyGeometry body, PdfParagraphOptions o) =>
        line.Page == previous.Page && line.Column == previous.Column
        && line.Size >= body.Size * o.DisplaySizeRatio && Math.Abs(line.Size - previous.Size) <= 0.6
        && previous.Bold == line.Bold && IsCentered(previous, body, o.DisplayCentreShare) && IsCentered(line, body, o.DisplayCentreShare)
        && previous.Baseline - line.Baseline is > 0 and var pitch && pitch <= line.Size * o.DisplayPitchRatio;

    /// <summary>How wide the line's first word is set (a Han character or a kana is a word: Japanese draws no spaces),
    /// from the line's average advance.</summary>
    internal static double FirstWordWidth(PdfLine line)
    {
        string text = line.Text;
        if (text.Length == 0) return 0;
        int end = CjkText.IsWide(text[0]) || PdfLineJoiner.IsKana(text[0]) ? 1 : text.IndexOf(' ') is var space and > 0 ? space : text.Length;
        return (line.Right - line.Left) / text.Length * end;
    }

    private static bool WhollyBold(PdfLine line) => PdfStyledText.Of(line).IsAllBold;

    private static bool EndsBold(PdfLine line) => PdfStyledText.Of(line).Styles is [.., var last] && last.HasFlag(PdfCharStyle.Bold);

    private static bool IsCentered(PdfLine line, BodyGeometry body, double share = 1)
    {
        var (left, right) = body.Of(line);
        return Math.Abs((line.Left - left) - (right - line.Right)) < line.Size * share;
    }
}
