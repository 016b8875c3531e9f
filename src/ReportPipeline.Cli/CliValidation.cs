using System.CommandLine.Parsing;

namespace ReportPipeline.Cli;

/// <summary>
/// Checks System.CommandLine does not make by itself: a token that looks like an option but names none
/// (<c>--frobnicate</c>, the typo <c>--stirct</c>) would otherwise be taken as an input file; an empty value is no value.
/// </summary>
internal static class CliValidation
{
    public static void NoUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
            if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                result.AddError($"Unrecognized option '{token.Value}' (a file whose name starts with '-' is written ./{token.Value})");
    }

    public static void NotEmpty(OptionResult result)
    {
        foreach (var token in result.Tokens)
            if (string.IsNullOrWhiteSpace(token.Value))
                result.AddError($"{result.Option.Name} needs a value, not an empty one");
    }
}
