using System.Reflection;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;

namespace ReportPipeline.Cli;

/// <summary>
/// What <c>reportpipeline --version</c> prints: the version, the commit it was built from (embedded by MSBuild,
/// "unknown" outside a git checkout) and how the code was compiled: JIT, ReadyToRun or Native AOT.
/// </summary>
public static class BuildInfo
{
    private static readonly string Informational =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Version => Informational.Split('+')[0];

    public static string Commit => Informational.Split('+') is [_, var commit, ..] && commit.Length > 0 ? commit : "unknown";

    public static string Kind => !RuntimeFeature.IsDynamicCodeSupported ? "AOT" : IsReadyToRun() ? "ReadyToRun" : "JIT";

    public static string Line => $"reportpipeline {Version} (commit {Commit}, {Kind})";

    /// <summary>A ReadyToRun assembly carries precompiled code, announced by a managed native header in its CLI header.</summary>
    private static bool IsReadyToRun()
    {
#pragma warning disable IL3000 // empty in a single-file app, which then counts as not ReadyToRun-compiled
        string location = typeof(BuildInfo).Assembly.Location;
#pragma warning restore IL3000
        if (location.Length == 0 || !File.Exists(location)) return false;
        using var stream = File.OpenRead(location);
        using var pe = new PEReader(stream);
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
