using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Cli;
using ReportPipeline.Cli.Serve;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Serve;

/// <summary>`reportpipeline serve` over HTTP on a real Kestrel bound to a free loopback port.</summary>
public sealed class ServeHttpTests
{
    private static readonly byte[] Seed = File.ReadAllBytes(Repo.Fixture("yuexiu-2025-plan-report.txt"));

    [Fact]
    public async Task An_upload_over_the_size_limit_gets_413_and_leaves_no_file()
    {
        await using var server = await RunningServer.Start(new ServeOptions { MaxFileBytes = 64 * 1024 });
        using var client = server.NewClient();
        // The client waits for the server's word before sending a declared body (Expect: 100-continue), as browsers and
        // curl do for large bodies: the 413 comes before the body is sent, so the client never writes into a closed connection.
        client.DefaultRequestHeaders.ExpectContinue = true;
        using var declared = await RunningServer.Upload(client, "big.txt", new byte[64 * 1024 + 1]);
        client.DefaultRequestHeaders.ExpectContinue = null;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Contains("big.txt", await declared.Content.ReadAsStringAsync());

        // Without a Content-Length the limit holds while the body streams in.
        var chunked = new StreamContent(new MemoryStream(new byte[200 * 1024]));
        chunked.Headers.ContentType = new("application/octet-stream");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads?name=streamed.txt") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);

        Assert.Empty(Directory.EnumerateFileSystemEntries(server.WorkFolder));
        using var small = await RunningServer.Upload(client, "small.txt", Seed[..(32 * 1024)]);
        Assert.Equal(HttpStatusCode.Accepted, small.StatusCode);
    }

    [Theory]
    [InlineData("../../etc/passwd", "failed")]
    [InlineData("../../outside.txt", "done")]
    [InlineData("..\\..\\outside.txt", "done")]
    [InlineData("/tmp/absolute.txt", "done")]
    public async Task A_path_as_file_name_writes_nothing_outside_the_work_folder(string name, string outcome)
    {
        string root = Directory.CreateTempSubdirectory("rp-serve-path-").FullName;
        string work = Path.Combine(root, "a", "b", "work");
        var before = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList();
        await using (var server = await RunningServer.Start(workFolder: work))
        {
            using var client = server.NewClient();
            string id = await RunningServer.UploadId(client, name, Seed);
            var state = await RunningServer.Finished(client, id);
            Assert.Equal(outcome, (string)state["state"]!);
            string shown = (string)state["name"]!;
            Assert.DoesNotContain("/", shown);
            Assert.DoesNotContain("\\", shown);
            Assert.DoesNotContain("..", shown);
            var written = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList();
            if (outcome == "done") Assert.NotEmpty(written);
            Assert.All(written, f => Assert.StartsWith(work + Path.DirectorySeparatorChar, f));
            Assert.All(written, f => Assert.DoesNotContain(Path.GetFileNameWithoutExtension(shown), Path.GetFileName(f)));
        }
        Assert.Equal(before, Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList());
        Assert.False(File.Exists("/tmp/absolute.txt.md"));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Another_browsers_upload_id_gets_404_everywhere()
    {
        await using var server = await RunningServer.Start();
        using var owner = server.NewClient();
        using var stranger = server.NewClient();
        string id = await RunningServer.UploadId(owner, "report.txt", Seed);
        Assert.Equal("done", (string)(await RunningServer.Finished(owner, id))["state"]!);

        foreach (var path in new[] { $"/api/uploads/{id}", $"/api/uploads/{id}/files/docx", $"/api/uploads/{id}/zip", $"/api/uploads/{id}/preview", "/api/zip" })
        {
            using var response = await stranger.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            using var own = await owner.GetAsync(path);
            Assert.True(own.StatusCode == HttpStatusCode.OK, $"{path} for its owner: {own.StatusCode}");
        }
        using (var delete = await stranger.DeleteAsync($"/api/uploads/{id}")) Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        using (var unknown = await owner.GetAsync($"/api/uploads/{FileNames.NewId()}")) Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using (var delete = await owner.DeleteAsync($"/api/uploads/{id}")) Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(server.WorkFolder));
    }

    [Fact]
    public async Task Bad_input_fails_with_the_clis_one_line_message_and_the_others_convert()
    {
        var random = new byte[4096];
        new Random(13).NextBytes(random);
        string cliProblem = RunningServer.CliProblem("broken.pdf", random);

        await using var server = await RunningServer.Start();
        using var client = server.NewClient();
        string bad = await RunningServer.UploadId(client, "broken.pdf", random);
        string good = await RunningServer.UploadId(client, "seed.txt", Seed);
        var failed = await RunningServer.Finished(client, bad);
        Assert.Equal("failed", (string)failed["state"]!);
        Assert.Equal($"broken.pdf: {cliProblem}", (string)failed["error"]!);
        Assert.Equal("done", (string)(await RunningServer.Finished(client, good))["state"]!);
    }

    [Fact]
    public async Task Twenty_uploads_at_once_on_two_workers_all_finish_and_the_zip_holds_four_files_each()
    {
        await using var server = await RunningServer.Start(new ServeOptions { Workers = 2 });
        using var client = server.NewClient();
        var ids = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => RunningServer.UploadId(client, $"report-{i}.txt", Seed)));
        foreach (var id in ids)
        {
            var state = await RunningServer.Finished(client, id);
            Assert.Equal("done", (string)state["state"]!);
            Assert.Equal(ExpectedReport.Seed.Footnotes, (int)state["summary"]!["footnotes"]!["defined"]!);
        }
        using var zip = new ZipArchive(await client.GetStreamAsync("/api/zip"));
        var folders = zip.Entries.GroupBy(e => e.FullName.Split('/')[0]).ToList();
        Assert.Equal(20, folders.Count);
        Assert.All(folders, f => Assert.Equal(["docx", "html", "json", "md"], f.Select(e => Path.GetExtension(e.Name)[1..]).Order()));
    }

    [Fact]
    public async Task Progress_arrives_as_server_sent_events()
    {
        await using var server = await RunningServer.Start();
        using var client = server.NewClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var events = await client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(cancel.Token));
        Assert.Equal(": connected", await reader.ReadLineAsync(cancel.Token));
        string id = await RunningServer.UploadId(client, "seed.txt", Seed, formats: "docx");
        var states = new List<string>();
        while (states.LastOrDefault() is not ("done" or "failed"))
        {
            string? line = await reader.ReadLineAsync(cancel.Token);
            if (line is null || !line.StartsWith("data: ")) continue;
            var message = JsonNode.Parse(line[6..])!;
            if ((string)message["id"]! == id) states.Add((string)message["state"]!);
        }
        Assert.Equal("queued", states[0]);
        Assert.Contains("converting", states);
        Assert.Equal("done", states[^1]);
    }

    [Fact]
    public async Task Stopping_removes_every_temporary_file_and_cancels_waiting_conversions()
    {
        var server = await RunningServer.Start(new ServeOptions { Workers = 1 });
        using var client = server.NewClient();
        var ids = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => RunningServer.UploadId(client, $"r{i}.txt", Seed)));
        string work = server.WorkFolder;
        Assert.True(Directory.Exists(work));
        await server.DisposeAsync();
        Assert.False(Directory.Exists(work), "the work folder is still there after stopping");
    }

    [Fact]
    public async Task Finished_uploads_expire_after_the_keep_time()
    {
        await using var server = await RunningServer.Start(new ServeOptions { Keep = TimeSpan.FromMilliseconds(200), SweepInterval = TimeSpan.FromMilliseconds(100) });
        using var client = server.NewClient();
        string id = await RunningServer.UploadId(client, "seed.txt", Seed);
        await RunningServer.Finished(client, id);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (Directory.EnumerateFileSystemEntries(server.WorkFolder).Any() && DateTime.UtcNow < until) await Task.Delay(100);
        Assert.Empty(Directory.EnumerateFileSystemEntries(server.WorkFolder));
        using var gone = await client.GetAsync($"/api/uploads/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task An_office_template_gives_the_word_output_its_page_and_header_and_a_broken_one_is_refused_in_one_line()
    {
        await using var server = await RunningServer.Start();
        using var client = server.NewClient();
        using (var broken = await client.PostAsync("/api/templates?name=broken.docx", new ByteArrayContent([1, 2, 3, 4])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
            string line = await broken.Content.ReadAsStringAsync();
            Assert.StartsWith("broken.docx: ", line);
            Assert.DoesNotContain("\n", line);
        }

        using var posted = await client.PostAsync("/api/templates?name=office.docx", new ByteArrayContent(LetterTemplate()));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        string template = (string)JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["id"]!;
        using var body = new ByteArrayContent(Seed);
        using var uploaded = await client.PostAsync($"/api/uploads?name=seed.txt&formats=docx&template={template}", body);
        string id = (string)JsonNode.Parse(await uploaded.Content.ReadAsStringAsync())!["id"]!;
        Assert.Equal("done", (string)(await RunningServer.Finished(client, id))["state"]!);

        using var docx = WordprocessingDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"/api/uploads/{id}/files/docx")), false);
        var page = docx.MainDocumentPart!.Document!.Body!.Descendants<PageSize>().Last();
        Assert.Equal(12240U, page.Width!.Value);
        Assert.Contains(docx.MainDocumentPart.HeaderParts, h => h.Header!.InnerText.Contains("Office of the Mayor"));
    }

    /// <summary>A template on US Letter paper with a header, made here: the house style is A4 without a header.</summary>
    private static byte[] LetterTemplate()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new W.Run(new Text("Office of the Mayor"))));
            main.Document = new Document(new Body(new Paragraph(), new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new PageSize { Width = 12240U, Height = 15840U })));
        }
        return stream.ToArray();
    }

    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN")]
    [InlineData("en-GB,en;q=0.9", "en")]
    [InlineData("fr-FR, zh-TW;q=0.5", "en")]
    [InlineData("", "en")]
    public async Task The_page_is_in_the_browsers_language(string acceptLanguage, string lang)
    {
        await using var server = await RunningServer.Start();
        using var client = server.NewClient();
        if (acceptLanguage.Length > 0) client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        string page = await client.GetStringAsync("/");
        Assert.Contains($"<html lang=\"{lang}\">", page);
        Assert.DoesNotContain("{{", page);
    }
}
