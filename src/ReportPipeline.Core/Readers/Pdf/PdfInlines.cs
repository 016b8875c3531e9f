using System.Text.RegularExpressions;
using ReportPipeline.Model;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>A note marker found in a PDF's text: digits or a symbol set raised, a superscript digit, or a circled number.</summary>
/// <param name="Key">What identifies the note it points to: its number ("3"), or its symbol ("*", "†").</param>
internal sealed record PdfMarker(string Key, string Printed, bool Raised);

/// <summary>
/// Styled text → rich inlines: bold and italic runs as <see cref="Strong"/> and <see cref="Emphasis"/>, and note markers
/// as <see cref="FootnoteReference"/>s where <c>resolve</c> finds the note. A raised number no note answers stays
/// text, written in superscript digits ("m²"); so does an exponent after a unit ("50000 m²"), whatever the notes.
/// </summary>
internal static partial class PdfInlines
{
    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Symbols that mark notes when set raised.</summary>
    public static bool IsNoteSymbol(char c) => c is '*' or '†' or '‡' or '§' or '¶' or '#' or '※' or '∗';

    /// <summary>A circled number ①…⑳, ㉑…㊿.</summary>
    public static bool IsCircled(char c) => c is >= '\u2460' and <= '\u2473' or >= '\u3251' and <= '\u325F' or >= '\u32B1' and <= '\u32BF';

    public static int CircledValue(char c) => c switch
    {
        >= '\u2460' and <= '\u2473' => c - '\u2460' + 1,
        >= '\u3251' and <= '\u325F' => c - '\u3251' + 21,
        _ => c - '\u32B1' + 36,
    };

    /// <summary>A number followed by a short unit: a raised 2 or 3 after it is an exponent.</summary>
    [GeneratedRegex(@"\d\s?[A-Za-z]{1,2}$")]
    private static partial Regex UnitBefore();

    public static ValueList<Inline> Build(PdfStyledText text, Func<PdfMarker, string?>? resolve)
    {
        var tokens = new List<(string? Text, string? Reference, PdfCharStyle Style)>();
        // Characters between markers go as one token a style (one a character cost 60 bytes each: 400 MB for a
        // paragraph that runs over a thousand pages).
        int runStart = -1;
        void EndRun(int at)
        {
            if (runStart >= 0) tokens.Add((text.Text[runStart..at], null, text.Styles[runStart] & ~PdfCharStyle.Raised));
            runStart = -1;
        }
        int i = 0;
        while (i < text.Text.Length)
        {
            int end = MarkerEnd(text, i);
            if (end > i)
            {
                EndRun(i);
                var marker = MarkerAt(text, i, end);
                string? id = IsExponent(text.Text.AsSpan(0, i), marker) ? null : resolve?.Invoke(marker);
                tokens.Add(id is null ? (Printed(marker), null, text.Styles[i] & ~PdfCharStyle.Raised) : (null, id, PdfCharStyle.None));
                i = end;
                continue;
            }
            if (runStart >= 0 && (text.Styles[i] & ~PdfCharStyle.Raised) != (text.Styles[runStart] & ~PdfCharStyle.Raised)) EndRun(i);
            if (runStart < 0) runStart = i;
            i++;
        }
        EndRun(text.Text.Length);
        // A reference inside a bold or italic run belongs to the run.
        for (int t = 0; t < tokens.Count; t++)
            if (tokens[t].Reference is not null)
            {
                var before = t > 0 ? tokens[t - 1].Style : PdfCharStyle.None;
                var after = t + 1 < tokens.Count ? tokens[t + 1].Style : before;
                tokens[t] = tokens[t] with { Style = before & after };
            }
        // A space between two runs of one style takes that style, so "**two words**" stays one run.
        for (int t = 1; t + 1 < tokens.Count; t++)
            if (tokens[t].Text == " " && tokens[t - 1].Style == tokens[t + 1].Style)
                tokens[t] = tokens[t] with { Style = tokens[t - 1].Style };

        var result = new List<Inline>();
        foreach (var run in Runs(tokens))
        {
            var content = new List<Inline>();
            foreach (var token in run.Tokens)
                content.Add(token.Reference is { } id ? new FootnoteReference(id) : new Text(token.Text!));
            IEnumerable<Inline> node = InlineSlicer.Normalize(content);
            if (run.Style.HasFlag(PdfCharStyle.Italic)) node = [new Emphasis(InlineSlicer.Normalize(node))];
            if (run.Style.HasFlag(PdfCharStyle.Bold)) node = [new Strong(InlineSlicer.Normalize(node))];
            result.AddRange(node);
        }
        return InlineSlicer.Normalize(result);
    }

    private static IEnumerable<(PdfCharStyle Style, List<(string? Text, string? Reference, PdfCharStyle Style)> Tokens)> Runs(
        List<(string? Text, string? Reference, PdfCharStyle Style)> tokens)
    {
        var run = new List<(string? Text, string? Reference, PdfCharStyle Style)>();
        foreach (var token in tokens)
        {
            if (run.Count > 0 && Formatting(run[0].Style) != Formatting(token.Style))
            {
                yield return (Formatting(run[0].Style), run);
                run = [];
            }
            run.Add(token);
        }
        if (run.Count > 0) yield return (Formatting(run[0].Style), run);
    }

    private static PdfCharStyle Formatting(PdfCharStyle style) => style & (PdfCharStyle.Bold | PdfCharStyle.Italic);

    private static bool IsMarkerDigit(PdfStyledText text, int i) =>
        FootnoteMarkers.IsSuperscriptDigit(text.Text[i]) || text.Styles[i].HasFlag(PdfCharStyle.Raised) && char.IsAsciiDigit(text.Text[i]);

    private static bool IsMarkerSymbol(PdfStyledText text, int i) =>
        text.Styles[i].HasFlag(PdfCharStyle.Raised) && IsNoteSymbol(text.Text[i]);

    /// <summary>Where the marker starting at <paramref name="i"/> ends; <paramref name="i"/> when none starts there.</summary>
    private static int MarkerEnd(PdfStyledText text, int i)
    {
        if (IsCircled(text.Text[i])) return i + 1;
        if (BracketedEnd(text, i) is int bracketed) return bracketed;
        int end = i;
        if (IsMarkerDigit(text, i)) while (end < text.Text.Length && IsMarkerDigit(text, end)) end++;
        else if (IsMarkerSymbol(text, i)) while (end < text.Text.Length && IsMarkerSymbol(text, end) && text.Text[end] == text.Text[i]) end++;
        else if (CitedSymbolEnd(text.Text, i) is int cited) return cited;
        return end;
    }

    /// <summary>
    /// Where a note symbol set on the line right after a word ends ("used*.", "States* (1)"): one to three of *, †, ‡, ∗
    /// after a letter, digit or closing bracket, followed by a space, punctuation or the end. Null when none starts here.
    /// It is a marker only where a note of its page answers it (<see cref="PdfNoteLinker"/>); else it stays as printed.
    /// </summary>
    internal static int? CitedSymbolEnd(string text, int i)
    {
        char c = text[i];
        if (c is not ('*' or '†' or '‡' or '∗') || i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is ')' or '）')) return null;
        int end = i;
        while (end < text.Length && text[end] == c && end - i < 3) end++;
        return end == text.Length || char.IsWhiteSpace(text[end]) || text[end] is ',' or '.' or ';' or ':' or '，' or '、' ? end : null;
    }

    /// <summary>
    /// Where a bracketed marker set raised ends ("[1]", "(2)", "［3］" above the line, as statistical bulletins mark
    /// their notes): an opening bracket set raised, marker digits, the closing bracket. Null when none starts here.
    /// </summary>
    private static int? BracketedEnd(PdfStyledText text, int i)
    {
        int close = Opening.IndexOf(text.Text[i]);
        if (close < 0 || !text.Styles[i].HasFlag(PdfCharStyle.Raised)) return null;
        int end = i + 1;
        while (end < text.Text.Length && IsMarkerDigit(text, end)) end++;
        return end > i + 1 && end < text.Text.Length && text.Text[end] == Closing[close] ? end + 1 : null;
    }

    private const string Opening = "[(［（〔【", Closing = "])］）〕】";

    private static PdfMarker MarkerAt(PdfStyledText text, int start, int end)
    {
        string printed = text.Text[start..end];
        if (Opening.Contains(printed[0]))
            return MarkerAt(text, start + 1, end - 1) with { Printed = printed, Raised = true };
        bool raised = text.Styles[start].HasFlag(PdfCharStyle.Raised) || FootnoteMarkers.IsSuperscriptDigit(printed[0]);
        if (IsCircled(printed[0])) return new PdfMarker(CircledValue(printed[0]).ToString(), printed, false);
        if (IsNoteSymbol(printed[0])) return new PdfMarker(printed.Replace('∗', '*'), printed, raised);
        string digits = string.Concat(printed.Select(c => SuperscriptDigits.IndexOf(c) is var d and >= 0 ? (char)('0' + d) : c));
        return new PdfMarker(DecimalDigits.Value(digits.Length > 6 ? digits[..6] : digits).ToString(), printed, raised);
    }

    /// <summary>The unit pattern spans at most four characters, so only the text's last four are looked at (linear in the paragraph).</summary>
    private static bool IsExponent(ReadOnlySpan<char> before, PdfMarker marker) =>
        marker.Key is "2" or "3" && marker.Raised && UnitBefore().IsMatch(before[Math.Max(0, before.Length - 4)..]);

    /// <summary>A marker left as text: raised digits in superscript digits, anything else as printed.</summary>
    private static string Printed(PdfMarker marker) =>
        marker.Raised ? string.Concat(marker.Printed.Select(c => char.IsAsciiDigit(c) ? SuperscriptDigits[c - '0'] : c)) : marker.Printed;
}
