namespace ReportPipeline.Model;

/// <summary>The title block of a report.</summary>
/// <param name="Title">The report's title, unwrapped.</param>
/// <param name="Subtitle">The occasion line ("——在…会议上") or an English subtitle.</param>
/// <param name="Author">The speaker or author line (office and name).</param>
/// <param name="Date">ISO 8601 date (yyyy-MM-dd) found in the title block.</param>
/// <param name="Language">BCP 47 tag of the main language: "zh-CN" or "en".</param>
public sealed record Metadata(string? Title, string? Subtitle, string? Author, string? Date, string Language)
{
    public static readonly Metadata Empty = new(null, null, null, null, "en");
}
