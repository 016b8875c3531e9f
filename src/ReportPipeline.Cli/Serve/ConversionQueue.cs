using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using ReportPipeline.Pipeline;
using ReportPipeline.Writers.Docx;

namespace ReportPipeline.Cli.Serve;

/// <summary>
/// Uploads wait here and a fixed number of workers convert them, so any number of uploads at once all finish without
/// running more conversions than there are workers. At stop, running conversions finish; waiting ones are cancelled.
/// </summary>
public sealed class ConversionQueue(ServeOptions options, UploadStore store, ProgressHub hub) : BackgroundService
{
    private readonly Channel<Upload> waiting = Channel.CreateUnbounded<Upload>();

    public void Enqueue(Upload upload)
    {
        hub.Publish(upload);
        if (!waiting.Writer.TryWrite(upload)) Cancel(upload);
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var workers = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => Task.Run(() => Work(stopping), CancellationToken.None)).ToList();
        await Task.WhenAll(workers);
        waiting.Writer.TryComplete();
        while (waiting.Reader.TryRead(out var upload)) Cancel(upload);
    }

    private async Task Work(CancellationToken stopping)
    {
        try
        {
            while (await waiting.Reader.WaitToReadAsync(stopping))
                if (!stopping.IsCancellationRequested && waiting.Reader.TryRead(out var upload)) Convert(upload, stopping);
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>Converts one upload; a bad input fails with the CLI's message and never stops the worker.</summary>
    public void Convert(Upload upload, CancellationToken stopping = default)
    {
        if (store.Find(upload.Id, upload.Owner) is null) return;
        upload.State = UploadState.Converting;
        hub.Publish(upload);
        try
        {
            // Preview needs the HTML, so it is always written; downloads offer only the formats asked for.
            var writers = upload.Formats.Append("html").Distinct().Select(ReportConverter.WriterFor)
                .Select(w => w is DocxReportWriter && upload.Template is { } template ? new DocxReportWriter(template) : w).ToList();
            var result = ReportConverter.Convert(new ConversionJob(upload.InputPath, Path.Combine(upload.Folder, "report")), writers, cancel: stopping);
            upload.Summary = ReportSummary.Of(upload.DisplayName, result.Document);
            upload.State = UploadState.Done;
        }
        catch (OperationCanceledException)
        {
            upload.State = UploadState.Cancelled;
        }
        catch (Exception e)
        {
            // The command line's words for the same failure; anything else is our fault and says so.
            Fail(upload, ReadFailures.Explain(e)?.Message ?? (e is IOException or UnauthorizedAccessException ? e.Message : $"internal error: {e.Message}"));
        }
        finally
        {
            TryDelete(upload.InputPath);
            upload.Finished = DateTimeOffset.UtcNow;
            if (store.Find(upload.Id, upload.Owner) is null) UploadStore.DeleteFolder(upload.Folder);
        }
        hub.Publish(upload);
    }

    private static void Fail(Upload upload, string problem)
    {
        upload.Error = $"{upload.DisplayName}: {problem}";
        upload.State = UploadState.Failed;
    }

    private void Cancel(Upload upload)
    {
        upload.State = UploadState.Cancelled;
        upload.Finished = DateTimeOffset.UtcNow;
        hub.Publish(upload);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
