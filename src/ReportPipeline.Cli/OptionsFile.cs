using System.CommandLine;
using ReportPipeline.Decoding;
using ReportPipeline.Pipeline;

namespace ReportPipeline.Cli;

/// <summary><c>--options FILE.json</c>: the thresholds of a conversion, read before any input is touched.</summary>
internal static class OptionsFile
{
    public static Option<string?> Create() => new("--options")
    {
        Description = "A JSON file of conversion options to change (see docs/options.example.json); an unknown key is an error.",
    };

    /// <summary>The options the file sets over the defaults; on a bad file one line on stderr and false (exit code 2).</summary>
    public static bool TryLoad(string? path, TextWriter stderr, out ConversionOptions options)
    {
        options = ConversionOptions.Default;
        if (path is null) return true;
        try
        {
            options = ConversionOptionsFile.Load(path);
            return true;
        }
        catch (ReportReadException e)
        {
            stderr.WriteLine($"reportpipeline: error: {path}: {e.Message}");
            return false;
        }
    }
}
