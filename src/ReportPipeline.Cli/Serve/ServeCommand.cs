using System.CommandLine;
using System.Net;
using ReportPipeline.Cli.Serve;

namespace ReportPipeline.Cli;

/// <summary><c>reportpipeline serve</c>: a page on this machine where people drop reports and download the outputs.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var d = ServeOptions.Default;
        var port = new Option<int>("--port") { Description = $"Port to listen on (default {d.Port}).", DefaultValueFactory = _ => d.Port };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on: localhost (default, this machine only), an IP address, or * for every interface.",
            DefaultValueFactory = _ => d.Host,
        };
        var maxSize = new Option<int>("--max-size-mb") { Description = $"Largest file accepted, in MB (default {d.MaxFileBytes / (1024 * 1024)}).", DefaultValueFactory = _ => (int)(d.MaxFileBytes / (1024 * 1024)) };
        var maxUploads = new Option<int>("--max-uploads") { Description = $"Most uploads held at once (default {d.MaxUploads}).", DefaultValueFactory = _ => d.MaxUploads };
        var workers = new Option<int>("--workers") { Description = $"Conversions run at once (default: one a core, {d.Workers}).", DefaultValueFactory = _ => d.Workers };
        var keep = new Option<int>("--keep-minutes") { Description = $"Minutes a finished upload's files are kept (default {d.Keep.TotalMinutes}).", DefaultValueFactory = _ => (int)d.Keep.TotalMinutes };
        var command = new Command("serve",
            "Serve a page where reports are dropped and converted, with progress, outline, notes, warnings, a preview and downloads. " +
            "Files are kept under the system's temp folder and removed when downloaded and cleared, after the keep time, and at Ctrl-C.")
        {
            port, host, maxSize, maxUploads, workers, keep,
        };
        command.SetAction(result =>
        {
            string hostValue = result.GetValue(host)!;
            int portValue = result.GetValue(port), size = result.GetValue(maxSize), uploads = result.GetValue(maxUploads), n = result.GetValue(workers), minutes = result.GetValue(keep);
            if (hostValue is not ("localhost" or "*") && !IPAddress.TryParse(hostValue, out _)) return Usage(stderr, $"--host: '{hostValue}' is not localhost, * or an IP address");
            if (portValue is < 0 or > 65535) return Usage(stderr, $"--port: {portValue} is not a port number");
            if (size < 1 || uploads < 1 || n < 1 || minutes < 1) return Usage(stderr, "--max-size-mb, --max-uploads, --workers and --keep-minutes take a number of at least 1");
            var options = new ServeOptions
            {
                Host = hostValue, Port = portValue, MaxFileBytes = size * 1024L * 1024, MaxUploads = uploads, Workers = n, Keep = TimeSpan.FromMinutes(minutes),
            };
            return Serve(options, stdout, stderr);
        });
        return command;
    }

    private static int Serve(ServeOptions options, TextWriter stdout, TextWriter stderr)
    {
        var app = ServeApp.Create(options);
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            app.Store.DeleteAll();
            stderr.WriteLine($"reportpipeline: error: cannot listen on {options.Host}:{options.Port}: {e.Message}");
            return CliApp.InputFailed;
        }
        foreach (var address in app.Addresses) stdout.WriteLine($"ReportPipeline is serving on {address} (Ctrl-C stops it)");
        app.RunAsync().GetAwaiter().GetResult();
        stdout.WriteLine("Stopped; temporary files removed.");
        return CliApp.Success;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"reportpipeline: {message}");
        return CliApp.UsageError;
    }
}
