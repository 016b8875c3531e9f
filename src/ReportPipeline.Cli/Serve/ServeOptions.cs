namespace ReportPipeline.Cli.Serve;

/// <summary>How <c>reportpipeline serve</c> listens and what it accepts; every limit has a default.</summary>
public sealed record ServeOptions
{
    /// <summary>"localhost" (loopback only, the default), an IP address, or "*" for every interface.</summary>
    public string Host { get; init; } = "localhost";

    /// <summary>0 picks a free port (not with "localhost").</summary>
    public int Port { get; init; } = 5080;

    /// <summary>Largest report or template accepted; a bigger upload gets 413.</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Most uploads held at once (queued, converting or waiting to be downloaded); more get 429.</summary>
    public int MaxUploads { get; init; } = 500;

    /// <summary>Conversions running at once; the rest wait in the queue.</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How long a finished upload's files are kept when nobody removes them.</summary>
    public TimeSpan Keep { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How often expired uploads are looked for.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Where uploads and outputs live while the server runs; a new folder under the system's temp folder when null. Removed at stop.</summary>
    public string? WorkFolder { get; init; }

    /// <summary>How long stopping waits for running conversions to finish.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public static ServeOptions Default { get; } = new();
}
