using System.CommandLine;
using System.CommandLine.Invocation;

namespace ReportPipeline.Cli;

/// <summary>Replaces the default <c>--version</c> output with the version, the commit and the build kind.</summary>
internal sealed class VersionAction(TextWriter stdout) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine(BuildInfo.Line);
        return CliApp.Success;
    }

    public static void Install(RootCommand root, TextWriter stdout)
    {
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new VersionAction(stdout);
    }
}
