namespace ReportPipeline.Cli.Serve;

/// <summary>Where an uploaded report is on its way through the server.</summary>
public enum UploadState { Queued, Converting, Done, Failed, Cancelled }
