using System.Text;
using ReportPipeline.Scripts;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of <see cref="PdfLineBuilder"/>.</summary>
/// <param name="SuperscriptRatio">A glyph smaller than this share of its line's size, and raised, is a superscript.</param>
/// <param name="ColumnGap">A horizontal gap wider than this many font sizes splits a row into two lines (columns).</param>
/// <param name="InferSpaces">Put spaces at narrow gaps between Latin glyphs on rows that draw no space glyphs. On a
/// row that draws them, only wide gaps get one, since justified lines stretch the gaps inside words and numbers.</param>
/// <param name="WordGap">On a row without drawn spaces, a gap wider than the line's usual gap between letters by this
/// share of the glyph size is a word space (tight justified text sets word spaces of a sixth of the size).</param>
/// <param name="DrawnWordGap">On a row with drawn spaces, an empty gap wider than the usual gap by this share is a space
/// the PDF left out (a bold run-in lead set in a font without a space glyph).</param>
/// <param name="CjkSeparatorGap">Between CJK glyphs, a gap wider than the line's usual one (justified spacing) by this
/// share of the size (a half-width space or more) is a real separator (between names, between keywords) and kept as a
/// space, where the words on both sides have two or more characters.</param>
/// <param name="LetterSpacedGap">Two or more CJK or Hangul letters (and nothing else on the line) each this many sizes apart (or with a drawn space
/// between) are display text set letter by letter ("검 토 보 고"): their spaces are spacing, not word breaks.</param>
/// <param name="FullWidthAdvance">An ASCII comma, stop, colon, semicolon, mark or bracket drawn at least this share of its
/// size wide is the full-width form the page shows ("，" "。" "（"): fonts of Chinese typesetting systems map them to ASCII.</param>
/// <param name="SpreadWordGap">Two to four single CJK or Hangul letters alone on a row (or opening it, the last of them
/// starting a piece of text), set apart by even gaps of at most this many sizes ("부      칙", "발   의   자 : …"), are one
/// word spread wide, not columns.</param>
/// <param name="SpreadGapEvenness">Single CJK letters set apart one after another, whose next gap is as wide as theirs
/// within this many sizes, run on into the text after it: the spread goes on ("会 议 文 件（十八）", a document label
/// letter-spaced up to its bracket), so that gap is spacing, not a separator.</param>
internal sealed record PdfLineOptions(double SuperscriptRatio = 0.8, double ColumnGap = 1.6, bool InferSpaces = true,
    double WordGap = 0.1, double DrawnWordGap = 0.3, double CjkSeparatorGap = 0.45, double LetterSpacedGap = 0.3,
    double FullWidthAdvance = 0.8, double SpreadWordGap = 6, double SpreadGapEvenness = 0.1)
{
    public static readonly PdfLineOptions Default = new();
}

/// <summary>
/// Stage 3: glyphs → lines. Glyphs on one baseline make a row; a wide gap splits a row into column segments;
/// raised small digits become superscript digits (footnote markers); spaces go between Latin words, never
/// between CJK characters.
/// </summary>
internal static class PdfLineBuilder
{
    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <param name="columns">Where given, gutters set close (<see cref="CloseGutters"/>) are looked for on the page and split its rows.</param>
    public static List<PdfLine> Build(IEnumerable<PdfGlyph> glyphs, int page, PdfLineOptions options, ReadingOrderOptions? columns = null)
    {
        var ordered = glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Value) || g.Value == " ")
            .OrderByDescending(g => g.Size).ThenByDescending(g => g.Baseline).ToList();
        if (ordered.Count == 0) return [];
        // Rows indexed by 2-point bands of their baseline: a glyph is compared only with rows near its own baseline.
        double largest = ordered[0].Size;
        var rows = new List<List<PdfGlyph>>();
        var byBand = new Dictionary<int, List<List<PdfGlyph>>>();
        static int Band(double y) => (int)Math.Floor(y / 2);
        foreach (var g in ordered)
        {
            List<PdfGlyph>? row = null;
            for (int band = Band(g.Baseline - largest * 0.7); band <= Band(g.Baseline + largest * 0.25) && row is null; band++)
                if (byBand.TryGetValue(band, out var near)) row = near.FirstOrDefault(r => Belongs(r, g));
            if (row is not null) { row.Add(g); continue; }
            row = [g];
            rows.Add(row);
            int key = Band(g.Baseline);
            if (!byBand.TryGetValue(key, out var list)) byBand[key] = list = [];
            list.Add(row);
        }
        AttachHangingSymbols(rows);
        var cleaned = rows.Where(r => r.Count > 0).Select(WithoutSpacesOverInk).ToList();
        var gutters = columns is null ? [] : CloseGutters.Find(cleaned, columns);
        // Whether a row draws its spaces is decided row by row: one page may mix text set with and without space glyphs.
        return cleaned.SelectMany(r =>
            {
                bool drawn = r.Any(g => g.Value == " ");
                return SpreadWord(Segments(r, drawn, options, gutters, columns).ToList(), options).Select(s => ToLine(s.Glyphs, page, drawn, options, s.Closed));
            })
            .Where(l => !l.IsBlank).OrderByDescending(l => l.Baseline).ThenBy(l => l.Left).ToList();
    }

    /// <summary>
    /// A row without the space glyphs drawn over its letters: some producers (spreadsheets padding a cell) draw a run of
    /// spaces under the text, so that spaces stand between the digits of "03/25/2016". A space three quarters covered by
    /// the letters beside it is no gap between words (condensed text overlaps its word spaces by less).
    /// </summary>
    private static List<PdfGlyph> WithoutSpacesOverInk(List<PdfGlyph> row)
    {
        if (!row.Any(g => g.Value == " ")) return row;
        var sorted = row.OrderBy(g => g.Left).ToList();
        var kept = new List<PdfGlyph>(sorted.Count);
        for (int i = 0; i < sorted.Count; i++)
        {
            var g = sorted[i];
            if (g.Value != " ") { kept.Add(g); continue; }
            double covered = 0;
            for (int j = i - 1; j >= 0; j--)
                if (sorted[j].Value != " ") { covered += Math.Max(0, Overlap(g, sorted[j])); break; }
            for (int j = i + 1; j < sorted.Count; j++)
                if (sorted[j].Value != " ") { covered += Math.Max(0, Overlap(g, sorted[j])); break; }
            if (covered <= (g.Right - g.Left) * 0.75) kept.Add(g);
        }
        return kept;
    }

    /// <summary>
    /// A symbol-font glyph alone on its row (a bullet) whose row's nearest text below starts right of it, within a line's
    /// height: some producers (WordPerfect) place the bullet's baseline a line above the item it marks and draw it low.
    /// It is moved onto that row, at that row's baseline, so the item opens with its bullet.
    /// </summary>
    private static void AttachHangingSymbols(List<List<PdfGlyph>> rows)
    {
        foreach (var row in rows)
        {
            if (row.Count != 1 || !row[0].Symbol) continue;
            var b = row[0];
            var below = rows.Where(r => r.Count > 0 && r != row && r[0].Baseline < b.Baseline && b.Baseline - r[0].Baseline <= b.Size * 1.3
                    && r.Min(g => g.Left) >= b.Right && r.Min(g => g.Left) - b.Right <= b.Size * 4)
                .MaxBy(r => r[0].Baseline);
            if (below is null) continue;
            below.Add(b with { Baseline = below[0].Baseline });
            row.Clear();
        }
    }

    private static double Overlap(PdfGlyph a, PdfGlyph b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);

    /// <summary>A glyph belongs to a row on its baseline, or sits raised above it as a smaller superscript.</summary>
    private static bool Belongs(List<PdfGlyph> row, PdfGlyph g)
    {
        var main = row[0];
        double dy = g.Baseline - main.Baseline;
        if (Math.Abs(dy) <= main.Size * 0.25) return true;
        return g.Size < main.Size * 0.85 && dy > 0 && dy <= main.Size * 0.7
               && row.Any(o => g.Left <= o.Right + main.Size * 1.5 && g.Right >= o.Left - main.Size * 1.5);
    }

    /// <summary>
    /// Splits a row at column gutters: a gap wider than <see cref="PdfLineOptions.ColumnGap"/> font sizes, or, where the
    /// PDF draws its spaces, a gap that stays wider than most letters once the drawn spaces in it are taken away (a
    /// justified word space is drawn and stretched a little; a gutter is empty), or a wide gap in a gutter set close.
    /// </summary>
    private static IEnumerable<List<PdfGlyph>> Segments(List<PdfGlyph> row, bool drawnSpaces, PdfLineOptions options,
        List<CloseGutters.Strip> gutters, ReadingOrderOptions? columns)
    {
        var sorted = row.OrderBy(g => g.Left).ToList();
        double size = sorted.Max(g => g.Size);
        var segment = new List<PdfGlyph>();
        PdfGlyph? last = null;
        double drawnSpace = 0;
        foreach (var g in sorted)
        {
            if (g.Value == " ")
            {
                if (segment.Count > 0) { segment.Add(g); drawnSpace += g.Right - g.Left; }
                continue;
            }
            if (last is not null)
            {
                double gap = g.Left - last.Right;
                // A section number set apart from its title ("2   코로나-19 관련 보험 현황") is no column of its own.
                bool label = segment.Count <= 6 && IsNumberLabel(segment);
                // A symbol-font bullet hangs before its item at a tab stop, up to four sizes out: no column either.
                bool bullet = segment.Count == 1 && segment[0].Symbol && gap <= size * 4;
                bool gutter = !bullet && (gap > size * options.ColumnGap || !label && (drawnSpaces || !options.InferSpaces) && gap - drawnSpace > size * 0.9
                              || columns is not null && gap >= size * columns.CloseGutterGap && gutters.Any(s => s.Splits(last.Right, g.Left, g.Baseline)));
                if (gutter)
                {
                    yield return segment;
                    segment = [];
                }
            }
            segment.Add(g);
            last = g;
            drawnSpace = 0;
        }
        if (segment.Count > 0) yield return segment;
    }

    /// <summary>
    /// A row cut into two to four pieces of one CJK or Hangul letter each, set apart by even gaps of at most
    /// <see cref="PdfLineOptions.SpreadWordGap"/> sizes: a word spread across the line as a section title is ("부      칙",
    /// "目    次"), one piece (<see cref="IsLetterSpaced"/> writes it whole), not columns of one letter. Where the last
    /// letter of the word opens a piece of text at the same gap (a form's label spread to the width of the labels above
    /// it: "발   의   자 : 이수진…"), that piece joins, and the first <c>Closed</c> gaps are written closed ("발의자 : …").
    /// </summary>
    private static List<(List<PdfGlyph> Glyphs, int Closed)> SpreadWord(List<List<PdfGlyph>> segments, PdfLineOptions options)
    {
        var result = new List<(List<PdfGlyph> Glyphs, int Closed)>(segments.Count);
        for (int i = 0; i < segments.Count; )
        {
            // A run of pieces of one letter each, from piece i on.
            var letters = new List<PdfGlyph>();
            while (i + letters.Count < segments.Count && LoneLetter(segments[i + letters.Count]) is { } letter) letters.Add(letter);
            int end = i + letters.Count;
            bool whole = end == segments.Count && i == 0; // the row is the spread word and nothing else
            // Else the piece after the letters opens with the word's last letter ("자 : …").
            bool opens = !whole && letters.Count is 2 or 3 && end < segments.Count
                         && segments[end].Where(g => g.Value != " ").MinBy(g => g.Left) is { } first && first.Value.Length == 1 && IsDisplayLetter(first.Value[0])
                         && letters.Append(first).ToList() is var word && EvenlySpread(word, options);
            if (whole && letters.Count is >= 2 and <= 4 && EvenlySpread(letters, options))
                return [(segments.SelectMany(s => s).ToList(), 0)];
            if (opens)
            {
                result.Add((segments.Skip(i).Take(letters.Count + 1).SelectMany(s => s).ToList(), letters.Count));
                i = end + 1;
                continue;
            }
            int take = Math.Max(1, letters.Count);
            result.AddRange(segments.Skip(i).Take(take).Select(s => (s, 0)));
            i += take;
        }
        return result;
    }

    /// <summary>The one glyph of a piece holding a single CJK, Hangul or kana letter; null otherwise.</summary>
    private static PdfGlyph? LoneLetter(List<PdfGlyph> segment)
    {
        PdfGlyph? letter = null;
        foreach (var g in segment)
        {
            if (g.Value == " ") continue;
            if (letter is not null || g.Value.Length != 1 || !IsDisplayLetter(g.Value[0])) return null;
            letter = g;
        }
        return letter;
    }

    /// <summary>Letters set apart by even gaps of at most <see cref="PdfLineOptions.SpreadWordGap"/> sizes, in one size.</summary>
    private static bool EvenlySpread(List<PdfGlyph> letters, PdfLineOptions options)
    {
        var gaps = letters.Zip(letters.Skip(1), (a, b) => (b.Left - a.Right) / Math.Min(a.Size, b.Size)).ToList();
        return gaps.Count > 0 && gaps.Max() <= options.SpreadWordGap && gaps.Max() - gaps.Min() <= 0.25
               && letters.All(l => Math.Abs(l.Size - letters[0].Size) <= 0.5);
    }

    /// <summary>A CJK, Hangul or kana letter, as display text spreads them one by one.</summary>
    internal static bool IsDisplayLetter(char c) => CjkText.IsHan(c) || ScriptDetector.IsHangul(c) || PdfLineJoiner.IsKana(c);

    /// <summary>A few glyphs that are a number and its punctuation ("2", "3.", "(1)"), spaces aside.</summary>
    private static bool IsNumberLabel(List<PdfGlyph> segment)
    {
        int inked = 0;
        foreach (var x in segment)
        {
            if (x.Value == " ") continue;
            if (++inked > 3 || !(char.IsAsciiDigit(x.Value[0]) || x.Value is "." or ")" or "(")) return false;
        }
        return inked > 0;
    }

    /// <param name="closed">How many gaps after the line's first letter are spacing inside a spread word, written closed.</param>
    private static PdfLine ToLine(List<PdfGlyph> glyphs, int page, bool drawnSpaces, PdfLineOptions options, int closed = 0)
    {
        var body = glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Value)).ToList();
        // The line's size is that of most of its glyphs, superscripts left out: raised small glyphs may outnumber a
        // short line's text ("居住[3]" in a table cell).
        var largest = body.Count == 0 ? glyphs[0] : body.MaxBy(g => g.Size)!;
        var onLine = body.Where(g => !(g.Size < largest.Size * options.SuperscriptRatio && g.Baseline > largest.Baseline + largest.Size * 0.15)).ToList();
        double size = onLine.Count == 0 ? glyphs[0].Size : onLine.GroupBy(g => Math.Round(g.Size)).OrderByDescending(g => g.Count()).First().First().Size;
        double baseline = body.Where(g => Math.Abs(g.Size - size) < 0.5).Select(g => g.Baseline).DefaultIfEmpty(glyphs[0].Baseline).Average();
        var text = new StringBuilder();
        var styles = new List<PdfCharStyle>();
        PdfGlyph? previous = null;
        bool previousRaised = false;
        var sorted = glyphs.OrderBy(g => g.Left).ToList();
        double usual = UsualGap(sorted);
        double spaceGap = usual + (drawnSpaces || !options.InferSpaces ? options.DrawnWordGap : options.WordGap);
        bool letterSpaced = IsLetterSpaced(sorted, options);
        var closedUpTo = ClosedGaps(sorted, closed);
        var separators = letterSpaced ? [] : CjkSeparators(sorted, usual, options);
        int inferred = 0;
        for (int k = 0; k < sorted.Count; k++)
        {
            var g = sorted[k];
            bool raised = g.Size < size * options.SuperscriptRatio && g.Baseline > baseline + size * 0.15
                && !(k + 1 < sorted.Count && sorted[k + 1].Value == "\u2044"); // a fraction's numerator ("1⁄4") is no marker
            string value = raised ? Superscript(g.Value)
                : PdfGlyphForms.Of(g.Value, g, previous, NextInked(sorted, k) is int n ? sorted[n] : null, options.FullWidthAdvance);
            if (g.Symbol && text.Length == 0 && IsDingbatBullet(value)) value = "•"; // a symbol font's bullet
            if (raised && value == ")" && previousRaised) continue; // "1)" set as a superscript: the marker is the number
            if (value == " " && (letterSpaced || text.Length > 0 && text[^1] == ' ')) continue; // letter-spaced display text draws spaces between its letters
            if (value == " " && NextInked(sorted, k) is int next && (separators.Contains(next) || closedUpTo.Contains(next))) continue; // written as the separator below, or closed
            double gap = previous is null ? 0 : (g.Left - previous.Right) / Math.Min(g.Size, previous.Size);
            bool wide = text.Length > 0 && (CjkText.IsWide(text[^1]) || CjkText.IsWide(value[0]));
            bool separator = separators.Contains(k);
            // A figure and its per cent sign are one token: a justified line's stretched gap between them is no word space.
            bool percent = value is "%" or "‰" && char.IsDigit(text.Length > 0 ? text[^1] : ' ');
            if (previous is not null && value != " " && text.Length > 0 && text[^1] != ' ' && !raised && !letterSpaced && !closedUpTo.Contains(k)
                && (!wide && !percent && gap > spaceGap || separator))
            {
                text.Append(' ');
                styles.Add(StyleOf(previous, false) & StyleOf(g, false) | (separator ? PdfCharStyle.Separator : 0));
                // The gap after a label opening the line ("1)", "(2)") is a tab stop, not a word space the row left out.
                if (!separator && !(SequenceLabel.Of(text.ToString()) is not null && text.Length <= 5)) inferred++;
            }
            text.Append(value);
            for (int i = 0; i < value.Length; i++) styles.Add(StyleOf(g, raised));
            previous = g;
            previousRaised = raised;
        }
        string all = text.ToString();
        int start = all.Length - all.TrimStart().Length, end = all.TrimEnd().Length;
        string line = all[start..Math.Max(start, end)];
        var lineStyles = styles.GetRange(start, line.Length);
        if (line.Length > 1 && IsBullet(line[0]) && line[1] != ' ') // the gap after a bullet is a tab stop
        {
            line = line[0] + " " + line[1..];
            lineStyles.Insert(1, PdfCharStyle.None);
        }
        // A row that draws its spaces tells where a line break falls between words: there a space ends the line. A row
        // that draws some (after punctuation) but leaves its word spaces as gaps tells nothing by ending without one.
        bool? spaceAtEnd = drawnSpaces && inferred == 0 ? sorted[^1].Value == " " : null;
        // The line's box is where its ink is: a space drawn at an end (a word space coded as a tab, as wide as a tab stop) is no part of it.
        var box = body.Count > 0 ? body : glyphs;
        return new PdfLine(line, box.Min(g => g.Left), box.Max(g => g.Right), baseline, size,
            body.Count(g => g.Bold) * 2 > body.Count, page, Styles: lineStyles, SpaceAtEnd: spaceAtEnd);
    }

    /// <summary>The indices of the glyphs after the first <paramref name="closed"/> gaps between inked glyphs.</summary>
    private static HashSet<int> ClosedGaps(List<PdfGlyph> sorted, int closed)
    {
        var indices = new HashSet<int>();
        int inked = 0;
        for (int k = 0; k < sorted.Count && inked <= closed; k++)
        {
            if (sorted[k].Value == " ") continue;
            if (inked >= 1) indices.Add(k);
            inked++;
        }
        return indices;
    }

    private static int? NextInked(List<PdfGlyph> sorted, int k)
    {
        for (int i = k + 1; i < sorted.Count; i++)
            if (sorted[i].Value != " ") return i;
        return null;
    }

    /// <summary>
    /// The lower quartile of the gaps between neighbouring glyphs of a line, in glyph sizes: the letter spacing it is
    /// set with. Not the median: a short Korean line of one- and two-syllable words has as many word gaps as letter gaps.
    /// </summary>
    private static double UsualGap(List<PdfGlyph> sorted)
    {
        var gaps = new List<double>(sorted.Count);
        for (int i = 1; i < sorted.Count; i++)
            if (sorted[i].Value != " " && sorted[i - 1].Value != " ")
                gaps.Add((sorted[i].Left - sorted[i - 1].Right) / Math.Min(sorted[i].Size, sorted[i - 1].Size));
        if (gaps.Count < 3) return 0;
        gaps.Sort();
        return Math.Max(0, gaps[gaps.Count / 4]);
    }

    /// <summary>
    /// Display text set letter by letter ("检 查 报 告", "환 경 노 동 위 원 회", "의 안"): two or more CJK or Hangul letters and
    /// nothing else, each set apart from the next by a drawn space or a gap of <see cref="PdfLineOptions.LetterSpacedGap"/>
    /// sizes. Its spaces are spacing, not word breaks: it is written without them.
    /// </summary>
    private static bool IsLetterSpaced(List<PdfGlyph> sorted, PdfLineOptions options)
    {
        int letters = 0;
        PdfGlyph? previous = null;
        bool spaceBetween = false;
        foreach (var g in sorted)
        {
            if (g.Value == " ") { spaceBetween = true; continue; }
            if (g.Value.Length != 1 || !IsDisplayLetter(g.Value[0])) return false;
            if (previous is not null && !spaceBetween && g.Left - previous.Right < Math.Min(g.Size, previous.Size) * options.LetterSpacedGap) return false;
            letters++;
            previous = g;
            spaceBetween = false;
        }
        return letters >= 2;
    }

    /// <summary>
    /// Where a gap between two Han characters is wider than the line's letter spacing by
    /// <see cref="PdfLineOptions.CjkSeparatorGap"/> sizes and stands between two words of two or more characters each
    /// ("湘西州统计局    国家统计局湘西调查队"): a real separator, kept as a space. A single character set apart is letter
    /// spacing, not a word; but single characters set apart one after another are one word spread wide (a two-character
    /// name spread to the width of three: "局长 韩 杰" is "局长 韩杰"), so the gap before them separates. Gives the indices
    /// of the glyphs such a separator stands before.
    /// </summary>
    private static HashSet<int> CjkSeparators(List<PdfGlyph> sorted, double usual, PdfLineOptions options)
    {
        // The line cut at every wide Han gap (drawn spaces in it or not) and at every drawn space; each piece is a word
        // whose letters are counted.
        var cuts = new List<int> { 0 };
        var wideGap = new HashSet<int>();
        var gapBefore = new Dictionary<int, double>();
        int last = -1;
        bool spaceBetween = false;
        for (int k = 0; k < sorted.Count; k++)
        {
            var b = sorted[k];
            if (b.Value == " ") { spaceBetween = true; continue; }
            if (last >= 0)
            {
                var a = sorted[last];
                double gap = (b.Left - a.Right) / Math.Min(a.Size, b.Size);
                bool wide = CjkText.IsHan(a.Value[^1]) && CjkText.IsHan(b.Value[0]) && gap > usual + options.CjkSeparatorGap;
                if (wide) { wideGap.Add(k); gapBefore[k] = gap; }
                if (wide || spaceBetween) cuts.Add(k);
            }
            last = k;
            spaceBetween = false;
        }
        var separators = new HashSet<int>();
        if (wideGap.Count == 0) return separators;
        cuts.Add(sorted.Count);
        int Letters(int from, int to) => sorted.Skip(from).Take(to - from).Count(g => g.Value != " ");
        var letters = Enumerable.Range(0, cuts.Count - 1).Select(c => Letters(cuts[c], cuts[c + 1])).ToArray();
        // A piece's word length: its letters, or for a single character the letters of the run of single characters it stands in.
        var word = new int[letters.Length];
        for (int i = 0; i < letters.Length; )
        {
            int j = i;
            if (letters[i] == 1) while (j + 1 < letters.Length && letters[j + 1] == 1) j++;
            for (int k = i; k <= j; k++) word[k] = letters[i] == 1 ? j - i + 1 : letters[k];
            i = j + 1;
        }
        for (int c = 1; c < cuts.Count - 1; c++)
            if (wideGap.Contains(cuts[c]) && !(letters[c - 1] == 1 && letters[c] == 1) && word[c - 1] >= 2 && word[c] >= 2
                && !SpreadRunsOn(c))
                separators.Add(cuts[c]);
        return separators;

        // The gap after a run of single letters spread evenly is as wide as theirs: the spread goes on into the next piece.
        bool SpreadRunsOn(int c) => c >= 2 && letters[c - 1] == 1 && letters[c - 2] == 1 && gapBefore.TryGetValue(cuts[c - 1], out double inside)
            && Math.Abs(gapBefore[cuts[c]] - inside) <= options.SpreadGapEvenness;
    }

    private static PdfCharStyle StyleOf(PdfGlyph g, bool raised) =>
        (g.Bold ? PdfCharStyle.Bold : 0) | (g.Italic ? PdfCharStyle.Italic : 0) | (raised ? PdfCharStyle.Raised : 0) | (g.Kai ? PdfCharStyle.Kai : 0) | (g.FangSong ? PdfCharStyle.FangSong : 0);

    public static bool IsBullet(char c) => Structure.Conventions.ReportConventions.IsBulletGlyph(c);

    /// <summary>
    /// The code a dingbat font draws a bullet with, read as the ASCII character of that code: punctuation ("!" in
    /// TypographicSymbols) or a letter (Wingdings and Zapf Dingbats draw ● ❍ ■ □ ❑ ◆ ❖ at "l" "m" "n" "o" "q" "u" "v").
    /// Not a digit: those codes are check marks and pointing hands in the dingbat fonts, marks on a form, not bullets.
    /// </summary>
    private static bool IsDingbatBullet(string value) => value.Length == 1 && value[0] is > ' ' and < '\u007f' && !char.IsAsciiDigit(value[0]);

    private static string Superscript(string value) =>
        value.Length == 1 && char.IsAsciiDigit(value[0]) ? SuperscriptDigits[value[0] - '0'].ToString() : value;

    /// <summary>The text of glyphs in a box (a table cell): its lines joined as one paragraph.</summary>
    public static string JoinedText(IEnumerable<PdfGlyph> glyphs, PdfLineOptions options) =>
        Build(glyphs, 0, options with { ColumnGap = 1000 }).Select(l => l.Text).Aggregate("", JoinWrapped);

    /// <summary>
    /// Joins two lines of one paragraph. In Chinese text a line may break inside a number or formula ("11." / "9",
    /// "1+12" / "+3"): there only two letters meet at a word boundary; otherwise the spacing rule of
    /// <see cref="CjkText.JoinFragments"/> holds.
    /// </summary>
    public static string JoinWrapped(string left, string right)
    {
        left = left.TrimEnd();
        right = right.TrimStart();
        bool chinese = left.Length > 0 && right.Length > 0 && CjkText.IsMainlyChinese(left);
        bool cutInsideToken = chinese && (!(char.IsLetter(left[^1]) && char.IsLetter(right[0])) || CutAcronym(left, right));
        return cutInsideToken ? left + right : CjkText.JoinFragments(left, right);
    }

    /// <summary>An upper-case abbreviation cut by the line end ("G" / "DP"): Chinese line breaking allows it, words break at spaces.</summary>
    private static bool CutAcronym(string left, string right)
    {
        int l = left.Length - left.TrimEnd(Uppercase).Length, r = right.Length - right.TrimStart(Uppercase).Length;
        return l > 0 && r > 0 && l + r <= 6 && (l == left.Length || !char.IsAsciiLetter(left[^(l + 1)]));
    }

    private static readonly char[] Uppercase = [.. "ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
}
