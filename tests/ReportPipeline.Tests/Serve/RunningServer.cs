using System.Net;
using System.Text.Json.Nodes;
using ReportPipeline.Cli.Serve;

namespace ReportPipeline.Tests.Serve;

/// <summary>`reportpipeline serve` in this process on a free loopback port, with its own work folder.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    public ServeApp App { get; }
    public Uri Address { get; }
    public string WorkFolder => App.Store.WorkFolder;

    private RunningServer(ServeApp app, Uri address) => (App, Address) = (app, address);

    public static async Task<RunningServer> Start(ServeOptions? options = null, string? workFolder = null)
    {
        options ??= new ServeOptions();
        options = options with
        {
            Host = "127.0.0.1", Port = 0,
            WorkFolder = workFolder ?? Path.Combine(Directory.CreateTempSubdirectory("rp-serve-").FullName, "work"),
        };
        var app = ServeApp.Create(options);
        await app.StartAsync();
        return new RunningServer(app, app.Addresses[0]);
    }

    /// <summary>A browser of its own that has opened the page: its cookie makes it a separate client.</summary>
    public HttpClient NewClient()
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        client.GetAsync("/").GetAwaiter().GetResult().EnsureSuccessStatusCode();
        return client;
    }

    public static async Task<HttpResponseMessage> Upload(HttpClient client, string name, byte[] content, string? formats = null)
    {
        string query = $"name={Uri.EscapeDataString(name)}" + (formats is null ? "" : $"&formats={formats}");
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new("application/octet-stream");
        return await client.PostAsync($"/api/uploads?{query}", body);
    }

    public static async Task<string> UploadId(HttpClient client, string name, byte[] content, string? formats = null)
    {
        using var response = await Upload(client, name, content, formats);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
    }

    /// <summary>Polls an upload until it is no longer queued or converting.</summary>
    public static async Task<JsonNode> Finished(HttpClient client, string id, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            var state = JsonNode.Parse(await client.GetStringAsync($"/api/uploads/{id}"))!;
            if ((string)state["state"]! is not ("queued" or "converting")) return state;
            Assert.True(DateTime.UtcNow < until, $"upload {id} still {state["state"]}");
            await Task.Delay(100);
        }
    }

    /// <summary>The problem the command line reports for these bytes under this name (after "error: FILE: ").</summary>
    public static string CliProblem(string name, byte[] content)
    {
        string folder = Directory.CreateTempSubdirectory("rp-serve-cli-").FullName;
        string input = Path.Combine(folder, name);
        File.WriteAllBytes(input, content);
        var stderr = new StringWriter();
        int exit = ReportPipeline.Cli.CliApp.Run(["convert", input, "-o", Path.Combine(folder, "out")], new StringWriter(), stderr);
        Directory.Delete(folder, recursive: true);
        Assert.Equal(ReportPipeline.Cli.CliApp.InputFailed, exit);
        string line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        return line.Trim()[$"reportpipeline: error: {input}: ".Length..];
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
