namespace ReportPipeline.Tests.Hostile;

/// <summary>
/// Issue 14's "no input of 10 MB may take more than 1 GB resident or 60 s", scaled to a smaller input so the suite stays
/// short: 100 MB of peak memory and 6 s of CPU per MB of input, over a floor for the runtime itself (150 MB, 5 s). CPU
/// time rather than wall time, because the suite shares its cores with builds.
/// </summary>
internal static class ScaledBudget
{
    private const long FloorBytes = 150L << 20, BytesPerInputByte = 100;
    private static readonly TimeSpan FloorCpu = TimeSpan.FromSeconds(5), CpuPerMegabyte = TimeSpan.FromSeconds(6);

    public static void AssertWithin(CliRun run, long inputBytes, string what)
    {
        long memoryBudget = FloorBytes + BytesPerInputByte * inputBytes;
        Assert.True(run.PeakBytes < memoryBudget, $"over {memoryBudget >> 20} MB: {what}");
        var cpuBudget = FloorCpu + CpuPerMegabyte * (inputBytes / 1048576.0);
        Assert.True(run.Cpu > TimeSpan.Zero, $"no CPU time measured: {what}");
        Assert.True(run.Cpu < cpuBudget, $"over {cpuBudget.TotalSeconds:0.0} s of CPU: {what}");
    }
}
