using System.Globalization;
using System.Text;

namespace ReportPipeline.Writers.Markdown;

/// <summary>
/// A metadata value in YAML front matter: Markdown-escaped first (pandoc reads front-matter strings as Markdown, so
/// "&lt;img onerror=…&gt;" would be raw HTML), then a YAML double-quoted scalar in which every line break, control
/// character, quote and backslash is an escape, so no value can close the front matter or start a new key.
/// </summary>
internal static class FrontMatterValue
{
    public static string Quote(string value)
    {
        string markdown = MarkdownText.Escape(value);
        var sb = new StringBuilder("\"");
        foreach (char c in markdown)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when char.IsControl(c) => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
