using System.Text.RegularExpressions;

namespace ReportPipeline.Structure;

/// <summary>How a report writes its footnote markers.</summary>
public enum MarkerStyle { Superscript, Circled, Bracketed }

/// <summary>A footnote marker found in text: its position, its number, and how it was written.</summary>
public sealed record MarkerMatch(int Index, int Length, int Number, string Marker, MarkerStyle Style);

/// <summary>Footnote markers: superscript digits (¹²³), circled numbers (①…㊿), [1], ［1］, 〔1〕.</summary>
public static partial class FootnoteMarkers
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    [GeneratedRegex(@"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")]
    private static partial Regex SuperscriptRun();

    [GeneratedRegex(@"[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]")]
    private static partial Regex CircledNumber();

    [GeneratedRegex(@"\[(\d{1,3})\]|［(\d{1,3})］|〔(\d{1,3})〕")]
    private static partial Regex BracketedNumber();

    /// <summary>A footnote definition line: a marker, optional space, then the note's text.</summary>
    [GeneratedRegex(@"^\s*(?<m>[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]|\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|\d{1,3}[)）.．、](?!\d))\s*(?<text>\S.*)$")]
    private static partial Regex DefinitionStart();

    /// <summary>A unit of area or volume just before a ² or ³: m², km², cm³, ft² (not part of a longer word).</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?:[kcdmµμ]?m|ft|in|yd|mi)$")]
    private static partial Regex UnitBefore();

    /// <summary>A one-letter variable or a closing bracket before, and an operator after: x² + y², (a+b)² =.</summary>
    [GeneratedRegex(@"(?:(?<![A-Za-z])[A-Za-z]|\))$")]
    private static partial Regex OperandBefore();

    [GeneratedRegex(@"^\s*(?:[+\-−=×÷*/<>≤≥)]|$)")]
    private static partial Regex OperatorAfter();

    public static bool IsSuperscriptDigit(char c) => Superscripts.Contains(c);

    /// <summary>A superscript that is a power, not a marker: after a unit (m², km³) or in a formula (x² + y²).</summary>
    private static bool IsPower(string text, Match m)
    {
        int from = Math.Max(0, m.Index - 8), end = m.Index + m.Length;
        var before = text.AsSpan(from, m.Index - from);
        var after = text.AsSpan(end, Math.Min(8, text.Length - end));
        if (m.Value is "²" or "³" && UnitBefore().IsMatch(before)) return true;
        return OperandBefore().IsMatch(before) && after.Trim().Length > 0 && OperatorAfter().IsMatch(after);
    }

    /// <summary>The markers in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<MarkerMatch> Find(string text)
    {
        var found = new List<MarkerMatch>();
        foreach (Match m in SuperscriptRun().Matches(text))
            if (!IsPower(text, m)) found.Add(new MarkerMatch(m.Index, m.Length, ParseSuperscript(m.Value), m.Value, MarkerStyle.Superscript));
        foreach (Match m in CircledNumber().Matches(text))
            found.Add(new MarkerMatch(m.Index, m.Length, CircledValue(m.Value[0]), m.Value, MarkerStyle.Circled));
        foreach (Match m in BracketedNumber().Matches(text))
            found.Add(new MarkerMatch(m.Index, m.Length, DecimalDigits.Value(FirstGroup(m)), m.Value, MarkerStyle.Bracketed));
        return found.OrderBy(f => f.Index);
    }

    /// <summary>
    /// Parses a footnote definition line ("¹ text", "① text", "[1] text", "1) text", "1. text").
    /// Superscript definitions stand anywhere (page bottoms); the others only in a notes zone.
    /// </summary>
    public static (int Number, string Marker, string Text)? ParseDefinition(string line, bool inNotesZone)
    {
        var m = DefinitionStart().Match(line);
        if (!m.Success) return null;
        string marker = m.Groups["m"].Value;
        bool superscript = IsSuperscriptDigit(marker[0]);
        if (!superscript && !inNotesZone) return null;
        int number = superscript ? ParseSuperscript(marker)
            : char.IsDigit(marker[0]) ? DecimalDigits.Value(marker[..^1])
            : marker.Length == 1 ? CircledValue(marker[0])
            : DecimalDigits.Value(marker[1..^1]);
        return (number, marker, m.Groups["text"].Value);
    }

    /// <summary>How a marker or a definition's marker is written; plain digits ("1." in a notes list) are null.</summary>
    public static MarkerStyle? StyleOf(string marker) =>
        marker.Length == 0 ? null
        : IsSuperscriptDigit(marker[0]) ? MarkerStyle.Superscript
        : CircledNumber().IsMatch(marker) ? MarkerStyle.Circled
        : BracketedNumber().IsMatch(marker) ? MarkerStyle.Bracketed
        : null;

    private static string FirstGroup(Match m) =>
        m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;

    private static int ParseSuperscript(string s) => s.Aggregate(0, (n, c) => n * 10 + Superscripts.IndexOf(c));

    /// <summary>A circled number ("①", "㉑", "㊱").</summary>
    internal static bool IsCircled(char c) => c is >= '\u2460' and <= '\u2473' or >= '\u3251' and <= '\u325F' or >= '\u32B1' and <= '\u32BF';

    private static int CircledValue(char c) => c switch
    {
        >= '\u2460' and <= '\u2473' => c - '\u2460' + 1,
        >= '\u3251' and <= '\u325F' => c - '\u3251' + 21,
        >= '\u32B1' and <= '\u32BF' => c - '\u32B1' + 36,
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };
}
