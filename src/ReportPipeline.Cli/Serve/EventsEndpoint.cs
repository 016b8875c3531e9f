using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ReportPipeline.Cli.Serve;

/// <summary>
/// <c>GET /api/events</c>: server-sent events, one message with an upload's whole state each time it changes, starting
/// with the state of every upload this browser holds (so a reconnecting page catches up).
/// </summary>
public static class EventsEndpoint
{
    public static void Map(WebApplication app, UploadStore store, ProgressHub hub)
    {
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        app.MapGet("/api/events", (RequestDelegate)(async context =>
        {
            string owner = Client.Of(context);
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            var messages = hub.Subscribe(owner, out var unsubscribe);
            try
            {
                await context.Response.WriteAsync(": connected\n\n", ended.Token);
                foreach (var upload in store.OwnedBy(owner)) await Send(context, upload.ToJson().ToJsonString(), ended.Token);
                await foreach (var message in messages.ReadAllAsync(ended.Token)) await Send(context, message, ended.Token);
            }
            catch (OperationCanceledException) { }
            finally { unsubscribe(); }
        }));
    }

    private static async Task Send(HttpContext context, string json, CancellationToken cancel)
    {
        await context.Response.WriteAsync($"data: {json}\n\n", cancel);
        await context.Response.Body.FlushAsync(cancel);
    }
}
