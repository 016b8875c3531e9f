using System.Diagnostics;
using ReportPipeline.Cli;
using ReportPipeline.Pipeline;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Hostile;

/// <summary>
/// Folders as an archive's real ones are: outputs inside the input folder, link loops, long and case-only names,
/// what a killed run left, a failure part-way through a commit, and Ctrl-C in the middle of a large batch.
/// </summary>
public sealed class FolderTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("rp-folders-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    private static readonly string Good = File.ReadAllText(Repo.Fixture("riverton-2026-budget-report.txt"));

    private static int Cli(params string[] args) => CliApp.Run(args, new StringWriter(), new StringWriter());

    private string Folder(int reports, int copies = 1)
    {
        string folder = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
        string text = string.Join("\n\n", Enumerable.Repeat(Good, copies));
        for (int i = 0; i < reports; i++) File.WriteAllText(Path.Combine(folder, $"report-{i:D3}.txt"), text);
        return folder;
    }

    [Theory]
    [InlineData("in/out")]
    [InlineData("in")]
    public void Output_inside_the_input_folder_gives_the_same_file_count_on_every_run(string output)
    {
        string input = Folder(2);
        string target = Path.Combine(work, output);
        var counts = Enumerable.Range(0, 3).Select(_ =>
        {
            Assert.Equal(CliApp.Success, Cli("convert", input, "-o", target, "--to", "md,html,json"));
            return Directory.GetFiles(input, "*", SearchOption.AllDirectories).Length;
        }).ToList();
        Assert.Equal(2 + 2 * 3, counts[0]);
        Assert.All(counts, c => Assert.Equal(counts[0], c));
    }

    [Fact]
    public void Link_loops_are_not_followed_and_each_report_converts_once()
    {
        string input = Folder(1);
        Directory.CreateDirectory(Path.Combine(input, "a"));
        File.CreateSymbolicLink(Path.Combine(input, "a", "loop"), input);
        File.CreateSymbolicLink(Path.Combine(input, "self"), input);
        var stdout = new StringWriter();
        Assert.Equal(CliApp.Success, CliApp.Run(["convert", input, "-o", Path.Combine(work, "out"), "--to", "md"], stdout, new StringWriter()));
        Assert.Single(Directory.GetFiles(Path.Combine(work, "out"), "*.md", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_long_name_converts_and_one_too_long_for_its_outputs_is_refused_in_one_line()
    {
        string input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
        string longName = new string('r', 240) + ".txt", tooLong = new string('s', 251) + ".txt";
        File.WriteAllText(Path.Combine(input, longName), Good);
        File.WriteAllText(Path.Combine(input, tooLong), Good);
        var stderr = new StringWriter();
        Assert.Equal(CliApp.InputFailed, CliApp.Run(["convert", input, "-o", Path.Combine(work, "out")], new StringWriter(), stderr));
        Assert.True(File.Exists(Path.Combine(work, "out", new string('r', 240) + ".docx")));
        Assert.Contains("longer than the file system allows", Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Names_differing_only_in_case_both_convert_where_the_file_system_tells_them_apart()
    {
        string input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "report.txt"), Good);
        File.WriteAllText(Path.Combine(input, "Report.txt"), Good);
        bool sensitive = !File.Exists(Path.Combine(input, "REPORT.TXT"));
        Assert.Equal(sensitive ? CliApp.Success : CliApp.InputFailed, Cli("convert", input, "-o", Path.Combine(work, "out"), "--to", "md"));
        Assert.Equal(sensitive ? 2 : 1, Directory.GetFiles(Path.Combine(work, "out")).Length);
    }

    [Fact]
    public void What_a_killed_run_left_is_rolled_back_and_removed_at_the_next_run()
    {
        string output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
        const int Dead = 999_999_99;
        string target = Path.Combine(output, "report-000.md"), backup = Path.Combine(output, $".rp-{Dead}-deadbeef-0.bak");
        string staged = Path.Combine(output, $".rp-{Dead}-deadbeef-1.tmp");
        // Killed after moving the old report-000.md aside and before moving the new one in.
        File.WriteAllText(backup, "old");
        File.WriteAllText(staged, "new, never committed");
        File.WriteAllLines(Path.Combine(output, $".rp-{Dead}-deadbeef.set"), [$"{target}\t{Path.Combine(output, $".rp-{Dead}-deadbeef-0.tmp")}\t{backup}"]);
        File.WriteAllText(Path.Combine(output, $".rp-{Dead}-cafebabe-0.tmp"), "stray");

        Assert.True(StagedFiles.CleanOrphans(output) > 0);
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal(["report-000.md"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public void Images_a_killed_run_staged_beside_its_outputs_are_removed_at_the_next_run()
    {
        string output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
        string images = Directory.CreateDirectory(Path.Combine(output, "report_files")).FullName;
        const int Dead = 999_999_99;
        File.WriteAllText(Path.Combine(images, "0123456789abcdef.png"), "kept: a committed image");
        File.WriteAllText(Path.Combine(images, $".rp-{Dead}-deadbeef-3.tmp"), "staged, never committed");
        Assert.True(StagedFiles.CleanOrphans(output) > 0);
        Assert.Equal(["0123456789abcdef.png"], Directory.GetFiles(images).Select(Path.GetFileName));
    }

    [Fact]
    public void A_commit_failing_part_way_leaves_the_old_set_whole()
    {
        string output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
        File.WriteAllText(Path.Combine(output, "r.md"), "old md");
        File.WriteAllText(Path.Combine(output, "r.html"), "old html");
        Directory.CreateDirectory(Path.Combine(output, "r.json"));
        using (var set = new AtomicFileSet())
        {
            foreach (var ext in new[] { "md", "html", "json" })
                set.Write(Path.Combine(output, "r." + ext), s => s.Write("new"u8));
            Assert.ThrowsAny<IOException>(set.Commit);
        }
        Assert.Equal("old md", File.ReadAllText(Path.Combine(output, "r.md")));
        Assert.Equal("old html", File.ReadAllText(Path.Combine(output, "r.html")));
        Assert.Empty(Directory.GetFiles(output, ".rp-*"));
    }

    [Fact]
    public void Ctrl_C_in_a_400_file_batch_cancels_removes_temporary_files_and_keeps_every_output()
    {
        // Reports long enough that the batch is still running when the signal comes, on a fast machine too. The time
        // limits are generous: under a loaded machine the batch is slow, and its speed is not what this test judges.
        string input = Folder(400, copies: 4);
        string output = Path.Combine(work, "out");
        var batchLimit = TimeSpan.FromMinutes(8);
        Assert.Equal(0, CliProcess.Run(["convert", input, "-o", output, "--to", "md,json"], timeLimit: batchLimit).Exit);
        var before = Directory.GetFiles(output).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(800, before.Count);

        // The signal goes only once the batch is writing (a staged file or a rewritten output is on disk): the handler
        // is registered before planning, so it is in place by then, and the first outputs exist to be kept. The wait is
        // bounded; a batch that shows no output in that time fails the test rather than being signalled blind.
        // A rewritten output is told by its time stamp changing, never by comparing it with this process's clock: a
        // file system whose clock runs ahead of ours (a shared or virtual one) made the first run's outputs look new,
        // and the signal then came before the handler was in place.
        var stamps = Directory.GetFiles(output).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        bool writing = false;
        var run = CliProcess.Run(["convert", input, "-o", output, "--to", "md,json"], process =>
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(4) && !(writing = Writing(output, stamps)))
                Thread.Sleep(2);
            if (writing && !process.HasExited) CliProcess.Signal(process, CliProcess.SigInt);
        }, timeLimit: batchLimit);

        Assert.True(writing, "the batch wrote nothing within 4 minutes, so it was never signalled");
        Assert.Equal(CliApp.Cancelled, run.Exit);
        Assert.Empty(Directory.GetFiles(output, ".rp-*"));
        var after = Directory.GetFiles(output).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, b => Assert.True(b.Value.AsSpan().SequenceEqual(after[b.Key]), $"{b.Key} changed"));
        Assert.Contains("cancelled", run.Out);
    }

    /// <summary>Whether a batch into <paramref name="output"/> has begun writing: a staged file (not the case probe's) or an output whose time stamp is no longer the one in <paramref name="stamps"/>.</summary>
    private static bool Writing(string output, IReadOnlyDictionary<string, DateTime> stamps)
    {
        try
        {
            return Directory.EnumerateFiles(output).Any(f =>
                Path.GetFileName(f).StartsWith(".rp-", StringComparison.Ordinal) && !f.EndsWith("-case.tmp", StringComparison.Ordinal)
                || stamps.TryGetValue(f, out var stamp) && File.GetLastWriteTimeUtc(f) != stamp);
        }
        catch (IOException) { return false; } // a file renamed while listed: look again
    }
}
