namespace ReportPipeline.Tests.Support;

/// <summary>Paths inside the repository, found from the test binaries upwards.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Fixture(string name) => Path("fixtures", name);

    public static string SnapshotDirectory => Path("tests", "ReportPipeline.Tests", "Snapshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ReportPipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportPipeline.sln not found above the test binaries");
    }
}
