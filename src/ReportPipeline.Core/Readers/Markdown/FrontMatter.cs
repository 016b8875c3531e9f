using Markdig.Extensions.Yaml;
using ReportPipeline.Model;

namespace ReportPipeline.Readers.Markdown;

/// <summary>
/// The metadata keys of YAML front matter (title, subtitle, author, date, lang), as plain or quoted scalars.
/// Without lang the language is left empty, for recovery to detect.
/// </summary>
internal static class FrontMatter
{
    public static Metadata Read(YamlFrontMatterBlock block)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()))
        {
            int colon = line.IndexOf(':');
            if (colon <= 0 || line.StartsWith(' ') || line.TrimStart().StartsWith('#')) continue;
            values[line[..colon].Trim()] = Unquote(line[(colon + 1)..].Trim());
        }
        string? Get(string key) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        return new Metadata(Get("title"), Get("subtitle"), Get("author"), Get("date"), Get("lang") ?? Get("language") ?? "");
    }

    /// <summary>
    /// A scalar's text. A double-quoted one has YAML's escapes (\" \\ \n \xNN \uNNNN …); its text is Markdown, as
    /// pandoc reads it, so a backslash before ASCII punctuation is an escape too.
    /// </summary>
    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            return UnescapeMarkdown(UnescapeYaml(value[1..^1]));
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
            return value[1..^1].Replace("''", "'");
        return value;
    }

    private static string UnescapeYaml(string quoted)
    {
        var sb = new System.Text.StringBuilder(quoted.Length);
        for (int i = 0; i < quoted.Length; i++)
        {
            if (quoted[i] != '\\' || i + 1 >= quoted.Length) { sb.Append(quoted[i]); continue; }
            char e = quoted[++i];
            int hex = e switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
            if (hex > 0 && i + hex < quoted.Length && int.TryParse(quoted.AsSpan(i + 1, hex), System.Globalization.NumberStyles.HexNumber, null, out int code)
                && code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                sb.Append(char.ConvertFromUtf32(code));
                i += hex;
                continue;
            }
            sb.Append(e switch { 'n' => "\n", 't' => "\t", 'r' => "\r", '0' => "\0", 'N' => "\u0085", 'L' => "\u2028", 'P' => "\u2029", _ => e.ToString() });
        }
        return sb.ToString();
    }

    private static string UnescapeMarkdown(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] < 128 && !char.IsWhiteSpace(text[i + 1])) i++;
            sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
