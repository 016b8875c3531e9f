using System.CommandLine;
using ReportPipeline.Pipeline;
using ReportPipeline.Writers;

namespace ReportPipeline.Cli;

/// <summary><c>reportpipeline convert &lt;files or folders&gt;... -o &lt;dir&gt;</c></summary>
internal static class ConvertCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = $"Report files, or folders searched recursively for {string.Join(", ", ReportConverter.SupportedExtensions)} files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder to write <input name>.<format> into (a searched folder's sub-folders are mirrored); created when missing.",
            Required = true,
        };
        var to = new Option<string[]>("--to")
        {
            Description = "Output formats, comma-separated: md, html, docx, json (default: all four).",
            AllowMultipleArgumentsPerToken = true,
        };
        var strict = new Option<bool>("--strict") { Description = "Treat recovery warnings as errors: such a file fails and nothing is written for it." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show every warning with its location, and the details of a failure." };
        var embedImages = new Option<bool>("--embed-images") { Description = "Put images into the Markdown, HTML and JSON as data URIs instead of a <name>_files folder beside them." };
        var command = new Command("convert",
            "Convert reports to Markdown, HTML, Word and JSON, in parallel on all cores. Each output is written to a " +
            "temporary file and renamed when complete, so a failed conversion leaves existing outputs untouched. " +
            "Exit code 1 when any input failed; the others are still converted.")
        {
            inputs, output, to, strict, verbose, embedImages,
        };
        command.SetAction(result =>
        {
            IReadOnlyList<IReportWriter> writers;
            try { writers = ParseFormats(result.GetValue(to)); }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"reportpipeline: {e.Message}");
                return CliApp.UsageError;
            }
            var (jobs, errors) = ConversionPlan.Make(result.GetValue(inputs)!, result.GetValue(output)!);
            var options = new BatchOptions(writers, result.GetValue(strict), result.GetValue(verbose)) { EmbedImages = result.GetValue(embedImages) };
            return BatchRunner.Run(jobs, errors, options, new ConsoleReporter(stdout, stderr, interactive, options.Verbose));
        });
        return command;
    }

    private static IReadOnlyList<IReportWriter> ParseFormats(string[]? values)
    {
        var formats = (values ?? []).SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return formats.Count == 0
            ? ReportConverter.AllWriters
            : formats.Distinct(StringComparer.OrdinalIgnoreCase).Select(ReportConverter.WriterFor).ToList();
    }
}
