namespace ReportPipeline.Writers;

/// <summary>The few words writers add themselves, in the report's language.</summary>
public sealed record Labels(string Contents, string Notes, string BackToText, string FootnoteLabel)
{
    public static Labels For(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
        ? new Labels("目录", "注释", "返回正文", "注释")
        : new Labels("Contents", "Notes", "Back to text", "Note");

    /// <summary>A heading's label and title as one line: no space after a full-width label ("一、", "（一）").</summary>
    public static string HeadingText(string? label, string title) =>
        string.IsNullOrEmpty(label) ? title
        : Structure.CjkText.IsWide(label[^1]) ? label + title
        : label + " " + title;
}
