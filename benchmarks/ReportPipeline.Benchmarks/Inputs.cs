using System.Diagnostics;

namespace ReportPipeline.Benchmarks;

/// <summary>The benchmark inputs: the fixtures, and a 1,000-page report made by scripts/make-large-report.py.</summary>
internal static class Inputs
{
    public static readonly string Root = FindRoot();

    public static byte[] Fixture(string path) => File.ReadAllBytes(Path.Combine(Root, "fixtures", path));

    public static byte[] LargeReport()
    {
        string path = Path.Combine(Path.GetTempPath(), "reportpipeline-1000-pages.txt");
        if (!File.Exists(path))
            Process.Start(new ProcessStartInfo("python3", ["scripts/make-large-report.py", "1000", path]) { WorkingDirectory = Root })!.WaitForExit();
        return File.ReadAllBytes(path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportPipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportPipeline.sln not found");
    }
}
