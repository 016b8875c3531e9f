using System.Diagnostics;
using ReportPipeline.Cli;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Install;

/// <summary>scripts/install.sh and the .NET tool package, run for real.</summary>
public sealed class InstallScriptTests
{
    /// <summary>Inputs of every format, ours and third parties'.</summary>
    private static readonly string[] Inputs =
    [
        "yuexiu-2025-plan-report.txt", "lanshan-2026-budget-report.txt", "office/riverton-2026-budget-report.styled.docx",
        "office/yuexiu-2025-plan-report.styled.html", "office/riverton-2026-budget-report.styled.pdf",
        "third-party/federal-register-2020-17221.pdf", "third-party/mammoth-footnotes.docx",
    ];

    [Fact]
    public void A_bad_option_is_refused_before_anything_is_built()
    {
        var (exit, _, error) = Shell("bash", $"{Repo.Path("scripts", "install.sh")} --kind fast");
        Assert.Equal(2, exit);
        Assert.Contains("--kind takes auto, aot or r2r", error);
    }

    [SlowFact]
    public void The_installed_ReadyToRun_build_writes_the_same_bytes_as_the_JIT_build()
    {
        string root = Directory.CreateTempSubdirectory("rp-install-").FullName;
        var (exit, output, error) = Shell("bash", $"{Repo.Path("scripts", "install.sh")} --kind r2r --prefix {root}");
        Assert.True(exit == 0, output + error);
        string program = Path.Combine(root, "bin", "reportpipeline");
        Assert.Matches(@"^reportpipeline \S+ \(commit [0-9a-f]{7,40}, ReadyToRun\)$", Shell(program, "--version").Output.Trim());
        AssertSameOutputs(program, root);
        Directory.Delete(root, recursive: true);
    }

    [SlowFact]
    public void The_package_installs_as_a_dotnet_tool()
    {
        string root = Directory.CreateTempSubdirectory("rp-tool-").FullName;
        var (exit, output, error) = Shell("dotnet", $"pack {Repo.Path("src", "ReportPipeline.Cli")} -c Release -o {root}/nupkg");
        Assert.True(exit == 0, output + error);
        (exit, output, error) = Shell("dotnet", $"tool install ReportPipeline.Cli --tool-path {root}/tools --add-source {root}/nupkg");
        Assert.True(exit == 0, output + error);
        string program = Path.Combine(root, "tools", "reportpipeline");
        Assert.Matches(@"^reportpipeline \S+ \(commit [0-9a-f]{7,40}, JIT\)$", Shell(program, "--version").Output.Trim());
        AssertSameOutputs(program, root);
        Directory.Delete(root, recursive: true);
    }

    /// <summary>
    /// Every output of every input against this process's JIT build: Markdown, HTML and JSON byte for byte, Word by its
    /// content parts (the package's relationship ids and core-properties part name are random on every run).
    /// </summary>
    private static void AssertSameOutputs(string program, string root)
    {
        string theirs = Path.Combine(root, "installed"), ours = Path.Combine(root, "jit");
        var inputs = Inputs.Select(Repo.Fixture).ToArray();
        var (exit, output, error) = Shell(program, $"convert {string.Join(" ", inputs)} -o {theirs}");
        Assert.True(exit == 0, output + error);
        Assert.Equal(CliApp.Success, CliApp.Run(["convert", .. inputs, "-o", ours], new StringWriter(), new StringWriter()));
        var files = Directory.GetFiles(ours).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(Inputs.Length * 4, files.Count);
        Assert.Equal(files, Directory.GetFiles(theirs).Select(Path.GetFileName).Order());
        foreach (var file in files)
        {
            byte[] mine = File.ReadAllBytes(Path.Combine(ours, file!)), installed = File.ReadAllBytes(Path.Combine(theirs, file!));
            if (file!.EndsWith(".docx")) Assert.Equal(DocxParts.Normalize(mine), DocxParts.Normalize(installed));
            else Assert.True(mine.AsSpan().SequenceEqual(installed), $"{file} differs");
        }
    }

    private static (int Exit, string Output, string Error) Shell(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
