using System.CommandLine;

namespace ReportPipeline.Cli;

/// <summary>The reportpipeline command line. Exit codes: 0 done, 1 an input could not be converted, 2 bad usage.</summary>
public static class CliApp
{
    public const int Success = 0, InputFailed = 1, UsageError = 2;

    /// <param name="interactive">Stdout is a terminal: show a progress bar and colours.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var root = new RootCommand("ReportPipeline turns official reports into structured data and web- and print-ready copies.")
        {
            ConvertCommand.Create(stdout, stderr, interactive),
            InspectCommand.Create(stdout, stderr),
            AlignCommand.Create(stdout, stderr),
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

    /// <summary>One line for a failed input: the file and the problem; the details only with --verbose.</summary>
    public static void ReportFailure(TextWriter stderr, string input, Exception e, bool verbose)
    {
        stderr.WriteLine($"reportpipeline: error: {input}: {e.Message}");
        if (verbose) stderr.WriteLine(e);
    }
}
