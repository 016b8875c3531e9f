namespace ReportPipeline.Writers;

/// <summary>The few words writers add themselves, in the report's language.</summary>
public sealed record Labels(string Contents, string Notes, string BackToText)
{
    public static Labels For(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
        ? new Labels("目录", "注释", "返回正文")
        : new Labels("Contents", "Notes", "Back to text");

    /// <summary>A heading's label and title as one line.</summary>
    public static string HeadingText(string? label, string title) => (label ?? "") + LabelSeparator(label) + title;

    /// <summary>What goes between a heading's label and its title: nothing after full-width punctuation ("一、", "（一）"), else a space ("第一章 ", "1.1 ").</summary>
    public static string LabelSeparator(string? label) =>
        string.IsNullOrEmpty(label) || Structure.CjkText.IsWidePunctuation(label[^1]) ? "" : " ";
}
