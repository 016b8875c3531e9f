namespace ReportPipeline.Writers.Markdown;

/// <summary>
/// A metadata value in YAML front matter, safe for every reader of the file. pandoc reads front-matter strings as
/// Markdown ("&lt;img onerror=…&gt;" would be raw HTML), and a renderer that does not know front matter (Markdig
/// without its YAML extension, a plain CommonMark viewer) reads the whole block as Markdown body; so the value is
/// Markdown-escaped first (line breaks become spaces, control characters go), then written as a YAML single-quoted
/// scalar, in which a backslash is itself and only a quote is doubled — no escape is added that Markdown would read
/// differently, and no value can hold a line break that closes the front matter or starts a key.
/// </summary>
internal static class FrontMatterValue
{
    public static string Quote(string value) =>
        "'" + MarkdownText.Escape(value).Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ').Replace("'", "''") + "'";
}
