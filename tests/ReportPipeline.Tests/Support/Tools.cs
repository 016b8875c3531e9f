using System.Diagnostics;

namespace ReportPipeline.Tests.Support;

/// <summary>External programs some tests compare against (pandoc, chromium). CI installs them; locally they may be absent.</summary>
public static class Tools
{
    /// <summary>In CI, and under scripts/test.sh (which installs the tools), a missing tool fails the test.</summary>
    public static bool ToolsRequired =>
        Environment.GetEnvironmentVariable("CI") is "true" or "1" || Environment.GetEnvironmentVariable("REPORTPIPELINE_REQUIRE_TOOLS") == "1";

    public static bool Available(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));

    /// <summary>A missing tool fails the test where the tools are required; a bare `dotnet test` without them passes over it.</summary>
    public static void RequireInCI(string program) =>
        Assert.False(ToolsRequired, $"{program} is not installed; scripts/test.sh installs it");

    public static string Run(string program, string arguments, string input)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false), StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
        return output;
    }
}
