using Microsoft.Extensions.Hosting;

namespace ReportPipeline.Cli.Serve;

/// <summary>Removes uploads nobody removed once they have been finished for the keep time (an hour by default).</summary>
public sealed class ExpiredUploadSweeper(ServeOptions options, UploadStore store) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(options.SweepInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping)) store.RemoveExpired(DateTimeOffset.UtcNow);
        }
        catch (OperationCanceledException) { }
    }
}
