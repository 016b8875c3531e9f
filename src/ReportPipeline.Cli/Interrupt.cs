using System.Runtime.InteropServices;

namespace ReportPipeline.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM: the first cancels the running conversions through <see cref="Token"/> (they remove
/// their temporary files and keep every existing output); a second ends the process at once.
/// </summary>
internal sealed class Interrupt : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly PosixSignalRegistration[] registrations;

    public Interrupt()
    {
        registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    public CancellationToken Token => source.Token;

    private void Handle(PosixSignalContext context)
    {
        if (source.IsCancellationRequested)
        {
            context.Cancel = false;
            Environment.Exit(CliApp.Cancelled);
        }
        context.Cancel = true;
        Console.Error.WriteLine("reportpipeline: cancelling; press Ctrl-C again to stop at once");
        source.Cancel();
    }

    public void Dispose()
    {
        foreach (var r in registrations) r.Dispose();
        source.Dispose();
    }
}
