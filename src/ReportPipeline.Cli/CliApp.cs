using System.CommandLine;

namespace ReportPipeline.Cli;

/// <summary>
/// The reportpipeline command line. Exit codes: 0 done, 1 an input could not be converted, 2 bad usage, 3 an internal
/// error on some input (the others were still converted), 130 cancelled (Ctrl-C).
/// </summary>
public static class CliApp
{
    public const int Success = 0, InputFailed = 1, UsageError = 2, InternalError = 3, Cancelled = 130;

    /// <param name="interactive">Stdout is a terminal: show a progress bar and colours.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var root = new RootCommand("ReportPipeline turns official reports into structured data and web- and print-ready copies.")
        {
            ConvertCommand.Create(stdout, stderr, interactive),
            InspectCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            AlignCommand.Create(stdout, stderr),
        };
        VersionAction.Install(root, stdout);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"reportpipeline: {error.Message}");
            stderr.WriteLine("Try 'reportpipeline --help'.");
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>A message as one line: line breaks and other control characters from a file name or a library become spaces.</summary>
    public static string OneLine(string text) => string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));

    /// <summary>One line for a failed input: the file and the problem; the details only with --verbose.</summary>
    public static void ReportFailure(TextWriter stderr, string input, Exception e, bool verbose)
    {
        string problem = e switch
        {
            Decoding.ReportReadException or IOException or UnauthorizedAccessException => e.Message,
            OperationCanceledException => "cancelled",
            _ => $"internal error: {e.GetType().FullName}",
        };
        stderr.WriteLine($"reportpipeline: error: {OneLine(input)}: {OneLine(problem)}");
        if (verbose) stderr.WriteLine(e);
    }
}
