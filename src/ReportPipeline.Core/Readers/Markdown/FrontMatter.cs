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

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            return value[1..^1].Replace("\\\"", "\"").Replace("\\\\", "\\");
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
            return value[1..^1].Replace("''", "'");
        return value;
    }
}
