using ReportPipeline.Structure;

namespace ReportPipeline.Writers;

/// <summary>
/// The numbering scheme of a heading's label ("第一章", "一、", "（一）", "1.", "（1）"), which decides how the heading
/// looks in Word and HTML whatever its depth in the outline. Classified by the same rules that recognised it.
/// </summary>
public static class HeadingScheme
{
    public static NumberingStyle Of(string? label) =>
        string.IsNullOrEmpty(label) ? NumberingStyle.None : Numbering.Match(label + " x")?.Style ?? NumberingStyle.None;

    /// <summary>The scheme as a CSS class name: "scheme-cjk-enumeral", "scheme-arabic-parenthesized".</summary>
    public static string CssClass(NumberingStyle scheme) =>
        "scheme-" + string.Concat(scheme.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
