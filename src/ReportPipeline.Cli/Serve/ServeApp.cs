using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReportPipeline.Cli.Serve;

/// <summary>
/// The web app behind <c>reportpipeline serve</c>: one page, an upload API, downloads and a progress stream. Built on
/// the slim host with plain request delegates, so it compiles under Native AOT.
/// </summary>
public sealed class ServeApp : IAsyncDisposable
{
    private readonly WebApplication app;

    public UploadStore Store { get; }

    private ServeApp(WebApplication app, UploadStore store) => (this.app, Store) = (app, store);

    public static ServeApp Create(ServeOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxFileBytes;
            if (options.Host is "localhost") kestrel.ListenLocalhost(options.Port);
            else if (options.Host is "*" or "0.0.0.0") kestrel.ListenAnyIP(options.Port);
            else kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = options.ShutdownTimeout);
        var store = new UploadStore(options);
        var hub = new ProgressHub();
        var queue = new ConversionQueue(options, store, hub);
        builder.Services.AddSingleton(options).AddSingleton(store).AddSingleton(hub).AddSingleton(queue);
        builder.Services.AddHostedService(_ => queue);
        builder.Services.AddHostedService(_ => new ExpiredUploadSweeper(options, store));

        var app = builder.Build();
        app.Use(Client.Identify);
        PageEndpoints.Map(app, options);
        UploadEndpoints.Map(app, options, store, queue);
        DownloadEndpoints.Map(app, store);
        EventsEndpoint.Map(app, store, hub);
        return new ServeApp(app, store);
    }

    public async Task StartAsync() => await app.StartAsync();

    /// <summary>The addresses Kestrel listens on, with the real port when 0 was asked for.</summary>
    public IReadOnlyList<Uri> Addresses =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a))];

    /// <summary>Runs until Ctrl-C or SIGTERM; running conversions finish, waiting ones are cancelled, and no file stays behind.</summary>
    public async Task RunAsync()
    {
        try { await app.WaitForShutdownAsync(); }
        finally { Store.DeleteAll(); }
    }

    public async Task StopAsync()
    {
        try { await app.StopAsync(); }
        finally { Store.DeleteAll(); }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
    }
}
