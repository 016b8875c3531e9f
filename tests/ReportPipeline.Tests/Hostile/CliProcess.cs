using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ReportPipeline.Tests.Hostile;

/// <summary>What a run of the command line did: its exit, its output, how long it took and its peak resident memory.</summary>
public sealed record CliRun(int Exit, string Out, string Err, TimeSpan Elapsed, long PeakBytes, bool Killed)
{
    /// <summary>User + system CPU time, as last sampled while the process ran (within the polling interval of its end).</summary>
    public TimeSpan Cpu { get; init; }
}

/// <summary>
/// Runs the built reportpipeline command (the apphost beside the tests) in its own process under a watchdog: the
/// process is killed when its resident memory passes the limit or the time runs out, and its peak is measured
/// from /proc (VmHWM, polled while it runs).
/// </summary>
public static class CliProcess
{
    public const long MemoryLimit = 1L << 30;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);

    public static string Executable => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "reportpipeline.exe" : "reportpipeline");

    /// <param name="timeLimit">Longer than <see cref="TimeLimit"/> for a large batch, whose time is not what the test judges.</param>
    public static CliRun Run(IEnumerable<string> args, Action<Process>? whileRunning = null, string? workingDirectory = null, TimeSpan? timeLimit = null)
    {
        var limit = timeLimit ?? TimeLimit;
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        start.Environment["DOTNET_gcServer"] = "0";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        bool killed = false;
        var watcher = Task.Run(() =>
        {
            while (!process.HasExited)
            {
                peak = Math.Max(peak, Resident(process.Id));
                cpu = Cpu(process.Id) ?? cpu;
                if (peak > MemoryLimit || clock.Elapsed > limit)
                {
                    killed = true;
                    try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                    return;
                }
                Thread.Sleep(20);
            }
        });
        whileRunning?.Invoke(process);
        process.WaitForExit();
        watcher.Wait();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peak, killed) { Cpu = cpu };
    }

    /// <summary>User + system CPU time of a running process (utime and stime in /proc/PID/stat), null when it has gone.</summary>
    private static TimeSpan? Cpu(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            // The fields after the command name (which may hold spaces) in its parentheses: utime and stime are 14th and 15th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
            return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ, 100 on Linux
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException) { return null; }
    }

    /// <summary>The peak resident set of a running process (VmHWM), 0 when it has gone.</summary>
    private static long Resident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException) { }
        return 0;
    }

    /// <summary>Sends a signal straight away (no <c>kill</c> process to start, which under load can take longer than the batch).</summary>
    public static void Signal(Process process, int signal)
    {
        if (Kill(process.Id, signal) != 0) throw new InvalidOperationException($"kill({process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    public const int SigInt = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
