namespace ReportPipeline.Writers;

/// <summary>The few words writers add themselves, in the report's language.</summary>
public sealed record Labels(string Contents, string Notes, string BackToText)
{
    public static Labels For(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
        ? new Labels("目录", "注释", "返回正文")
        {
            SkipToContent = "跳到正文",
            NoteReference = n => $"注释 {n}",
            BackLink = (n, k) => $"返回注释 {n} 的引用处 {k}",
        }
        : new Labels("Contents", "Notes", "Back to text");

    /// <summary>The link that lets a keyboard or screen-reader user pass the contents.</summary>
    public string SkipToContent { get; init; } = "Skip to content";

    /// <summary>What a note reference is announced as: "注释 3", "Note 3".</summary>
    public Func<int, string> NoteReference { get; init; } = n => $"Note {n}";

    /// <summary>What a note's back-link to its k-th reference is announced as: "返回注释 3 的引用处 1".</summary>
    public Func<int, int, string> BackLink { get; init; } = (n, k) => $"Back to reference {k} of note {n}";

    /// <summary>A heading's label and title as one line.</summary>
    public static string HeadingText(string? label, string title) => (label ?? "") + LabelSeparator(label) + title;

    /// <summary>What goes between a heading's label and its title: nothing after full-width punctuation ("一、", "（一）"), else a space ("第一章 ", "1.1 ").</summary>
    public static string LabelSeparator(string? label) =>
        string.IsNullOrEmpty(label) || Structure.CjkText.IsWidePunctuation(label[^1]) ? "" : " ";
}
