using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ReportPipeline.Tests.Office;

/// <summary>Pictures, external links and formulas in pandoc's own reading of a file (its JSON AST).</summary>
public sealed class PandocCounts
{
    public int Images { get; set; }
    public int ExternalLinks { get; set; }
    public int Formulas { get; set; }

    public static string Json(string path, string from)
    {
        var start = new ProcessStartInfo("pandoc", $"-f {from} -t json \"{path}\"")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pandoc failed: {error}");
        return output;
    }

    public static PandocCounts Of(string json)
    {
        var counts = new PandocCounts();
        void Walk(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                switch ((string?)o["t"])
                {
                    case "Image": counts.Images++; break;
                    case "Link" when o["c"]![2]![0] is JsonValue target && !((string)target!).StartsWith('#'): counts.ExternalLinks++; break;
                    case "Math": counts.Formulas++; break;
                }
                foreach (var (_, child) in o) Walk(child);
            }
            else if (node is JsonArray a) foreach (var child in a) Walk(child);
        }
        Walk(JsonNode.Parse(json)!["blocks"]);
        return counts;
    }
}
