using System.CommandLine;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Writers;

namespace ReportPipeline.Cli;

/// <summary>The reportpipeline command line. Exit codes: 0 done, 1 an input could not be converted, 2 bad usage.</summary>
public static class CliApp
{
    public const int Success = 0, InputFailed = 1, UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ReportPipeline turns official reports into structured data and web- and print-ready copies.")
        {
            ConvertCommand(stdout, stderr),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"reportpipeline: {error.Message}");
            stderr.WriteLine("Try 'reportpipeline --help'.");
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static Command ConvertCommand(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files")
        {
            Description = $"Report files to convert ({string.Join(", ", ReportConverter.SupportedExtensions)}).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder to write <input name>.<format> into; created when missing.",
            Required = true,
        };
        var to = new Option<string[]>("--to")
        {
            Description = "Output formats, comma-separated: md, html, docx, json (default: all four).",
            AllowMultipleArgumentsPerToken = true,
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show details of a failure and every warning." };
        var command = new Command("convert",
            "Convert reports to Markdown, HTML, Word and JSON. Each output is written to a temporary file and renamed " +
            "when complete, so a failed conversion leaves existing outputs untouched.")
        {
            files, output, to, verbose,
        };
        command.SetAction(result =>
        {
            IReadOnlyList<IReportWriter> writers;
            try
            {
                var formats = (result.GetValue(to) ?? []).SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
                writers = formats.Count == 0 ? ReportConverter.AllWriters : formats.Distinct(StringComparer.OrdinalIgnoreCase).Select(ReportConverter.WriterFor).ToList();
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"reportpipeline: {e.Message}");
                return UsageError;
            }
            return Convert(result.GetValue(files)!, result.GetValue(output)!, writers, result.GetValue(verbose), stdout, stderr);
        });
        return command;
    }

    private static int Convert(string[] inputs, string outputDirectory, IReadOnlyList<IReportWriter> writers, bool verbose,
        TextWriter stdout, TextWriter stderr)
    {
        int failed = 0;
        foreach (var input in inputs)
        {
            try
            {
                var result = ReportConverter.Convert(input, outputDirectory, writers);
                var warnings = result.Document.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
                stdout.WriteLine($"{input} -> {string.Join(", ", result.Outputs)} ({Summary(result.Document)}, {warnings.Count} warnings, {result.Elapsed.TotalMilliseconds:0} ms)");
                if (verbose)
                    foreach (var warning in warnings) stderr.WriteLine($"{input}: {warning}");
            }
            catch (Exception e) when (e is ReportReadException or IOException or UnauthorizedAccessException)
            {
                failed++;
                stderr.WriteLine($"reportpipeline: error: {input}: {e.Message}");
                if (verbose) stderr.WriteLine(e);
            }
        }
        return failed == 0 ? Success : InputFailed;
    }

    private static string Summary(ReportDocument d) =>
        $"{d.Blocks.OfType<Heading>().Count()} headings, {d.Footnotes.Count} footnotes, {d.Blocks.OfType<Table>().Count()} tables";
}
