using System.Text.RegularExpressions;

namespace ReportPipeline.Structure;

/// <summary>The numbering schemes of report headings. Levels come from the order a document uses them in.</summary>
public enum NumberingStyle
{
    /// <summary>No number: a heading known by its formatting alone. Ranked among the schemes by where it first appears.</summary>
    None,
    /// <summary>第一章, 第一篇, Chapter 1, Part II</summary>
    Chapter,
    /// <summary>第一节</summary>
    Section,
    /// <summary>一、</summary>
    CjkEnumeral,
    /// <summary>（一） or (一)</summary>
    CjkParenthesized,
    /// <summary>I. II. (Latin letters) or Ⅰ. Ⅱ. (the Roman numeral characters U+2160–216B)</summary>
    Roman,
    /// <summary>1. 1、 1．</summary>
    Arabic,
    /// <summary>1.1, 1.1.1 (the depth tells them apart); full-width １．１ too</summary>
    Decimal,
    /// <summary>（1） or (1)</summary>
    ArabicParenthesized,
}

/// <summary>A numbering label found at the start of a line.</summary>
/// <param name="Depth">For <see cref="NumberingStyle.Decimal"/>, how many numbers the label has; otherwise 1.</param>
/// <param name="RestStart">Where the text after the label (and the space after it) starts.</param>
public sealed record NumberingMatch(NumberingStyle Style, int Depth, string Label, string Rest, int RestStart)
{
    public (NumberingStyle, int) Key => (Style, Depth);
}

public static partial class Numbering
{
    private const string CjkDigits = "一二三四五六七八九十百零〇";

    [GeneratedRegex($@"^(第[{CjkDigits}\d]+[章篇部])\s*(?=\S)")]
    private static partial Regex CjkChapter();

    [GeneratedRegex(@"^((?:Chapter|CHAPTER|Part|PART)\s+(?:[IVXLC]+|\d+)[.:]?)\s+(?=\S)")]
    private static partial Regex LatinChapter();

    [GeneratedRegex($@"^(第[{CjkDigits}\d]+节)\s*(?=\S)")]
    private static partial Regex CjkSection();

    [GeneratedRegex($@"^([{CjkDigits}]+、)\s*(?=\S)")]
    private static partial Regex CjkEnumeral();

    /// <summary>Web markup may leave spaces inside the brackets ("（  六  ）"); the label is given without them.</summary>
    [GeneratedRegex($@"^([（(] *[{CjkDigits}]+ *[）)])\s*(?=\S)")]
    private static partial Regex CjkParenthesized();

    /// <summary>"II. " in Latin letters, or a Roman numeral character ("Ⅱ." , "Ⅱ ", "Ⅱ、") as Korean and Chinese reports set them.</summary>
    [GeneratedRegex(@"^([IVX]{1,5}\.)\s+(?=\S)|^([\u2160-\u216B][.．、]?)\s*(?<=[.．、\s])(?=\S)")]
    private static partial Regex Roman();

    /// <summary>"1.1 " and "１．１ " (full-width figures and stop, as Japanese sets them).</summary>
    [GeneratedRegex(@"^(\d{1,2}(?:[.．]\d{1,2})+)[.．]?\s+(?=\S)")]
    private static partial Regex Decimal();

    /// <summary>"1." not followed by a digit (1.5 is a number), unless a year follows ("1.2026年一般公共预算草案").</summary>
    [GeneratedRegex(@"^(\d{1,2}[.．、])(?!\d)\s*(?=\S)|^(\d{1,2}[.．、])(?=\d{4}年)")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^([（(]\d{1,2}[）)])\s*(?=\S)")]
    private static partial Regex ArabicParenthesized();

    private static readonly (Regex Pattern, NumberingStyle Style)[] Patterns =
    [
        (CjkChapter(), NumberingStyle.Chapter),
        (LatinChapter(), NumberingStyle.Chapter),
        (CjkSection(), NumberingStyle.Section),
        (CjkEnumeral(), NumberingStyle.CjkEnumeral),
        (CjkParenthesized(), NumberingStyle.CjkParenthesized),
        (Roman(), NumberingStyle.Roman),
        (Decimal(), NumberingStyle.Decimal),
        (Arabic(), NumberingStyle.Arabic),
        (ArabicParenthesized(), NumberingStyle.ArabicParenthesized),
    ];

    /// <summary>The numbering label that opens <paramref name="text"/>, or null.</summary>
    public static NumberingMatch? Match(string text)
    {
        foreach (var (pattern, style) in Patterns)
        {
            var m = pattern.Match(text);
            if (!m.Success) continue;
            string label = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            if (style == NumberingStyle.CjkParenthesized) label = label.Replace(" ", "", StringComparison.Ordinal);
            int depth = style == NumberingStyle.Decimal ? label.Count(c => c is '.' or '．') + 1 : 1;
            return new NumberingMatch(style, depth, label, text[m.Length..].Trim(), m.Length);
        }
        return null;
    }
}
