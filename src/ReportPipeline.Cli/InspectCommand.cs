using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Writers;

namespace ReportPipeline.Cli;

/// <summary>
/// <c>reportpipeline inspect &lt;file&gt;</c>: what recovery found and decided — the outline, the footnotes with anything
/// unmatched, the tables with their spans, and the warnings with their locations — as text or, with --json, for scripts.
/// </summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The report to inspect." };
        var json = new Option<bool>("--json") { Description = "Print the inspection as JSON." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show the details of a failure." };
        var command = new Command("inspect", "Show a report's outline, footnotes, tables and recovery warnings without writing anything.")
        {
            file, json, verbose,
        };
        command.SetAction(result =>
        {
            string path = result.GetValue(file)!;
            ReportDocument document;
            try { document = ReportConverter.Read(path); }
            catch (Exception e) when (e is ReportReadException or IOException or UnauthorizedAccessException)
            {
                CliApp.ReportFailure(stderr, path, e, result.GetValue(verbose));
                return CliApp.InputFailed;
            }
            var report = ReportSummary.Of(path, document);
            stdout.WriteLine(result.GetValue(json) ? report.ToJsonString(JsonOptions) : AsText(report));
            return CliApp.Success;
        });
        return command;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string AsText(JsonObject r)
    {
        var w = new StringWriter();
        w.WriteLine($"{r["file"]}: {r["title"]} ({r["language"]})");
        w.WriteLine("Outline:");
        foreach (var h in r["outline"]!.AsArray())
            w.WriteLine($"  {new string(' ', 2 * ((int)h!["level"]! - 1))}{Labels.HeadingText((string?)h["label"], (string)h["title"]!)}  ({h["at"]})");
        var f = r["footnotes"]!;
        w.WriteLine($"Footnotes: {f["defined"]} defined, {f["references"]} references, {f["unmatchedMarkers"]!.AsArray().Count} unmatched markers, {f["unreferencedDefinitions"]!.AsArray().Count} unreferenced definitions");
        foreach (var line in f["unmatchedMarkers"]!.AsArray().Concat(f["unreferencedDefinitions"]!.AsArray())) w.WriteLine($"  {line}");
        w.WriteLine("Tables:");
        foreach (var t in r["tables"]!.AsArray())
        {
            w.WriteLine($"  {t!["lines"]}: \"{t["caption"]}\", {t["columns"]} columns, {t["headerRows"]} header rows, {t["bodyRows"]} body rows");
            foreach (var s in t["spans"]!.AsArray()) w.WriteLine($"    {s!["cell"]}: {s["rowSpan"]} rows x {s["colSpan"]} columns");
        }
        var diagnostics = r["diagnostics"]!.AsArray();
        w.WriteLine($"Warnings: {diagnostics.Count}");
        foreach (var x in diagnostics) w.WriteLine($"  {x!["at"]}: {x["severity"]}: {x["message"]} [{x["code"]}]");
        return w.ToString().TrimEnd();
    }
}
