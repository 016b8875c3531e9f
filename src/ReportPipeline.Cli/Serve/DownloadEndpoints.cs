using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace ReportPipeline.Cli.Serve;

/// <summary>
/// A finished upload's outputs: <c>/api/uploads/{id}/files/{format}</c>, all of them as <c>/api/uploads/{id}/zip</c>,
/// every finished upload of this browser as <c>/api/zip</c>, and the HTML as a sandboxed <c>/api/uploads/{id}/preview</c>.
/// </summary>
public static class DownloadEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        ["md"] = "text/markdown; charset=utf-8",
        ["html"] = "text/html; charset=utf-8",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["json"] = "application/json; charset=utf-8",
    };

    public static void Map(IEndpointRouteBuilder app, UploadStore store)
    {
        app.MapGet("/api/uploads/{id}/files/{format}", (RequestDelegate)(async context =>
        {
            string format = (context.Request.RouteValues["format"] as string ?? "").ToLowerInvariant();
            if (Finished(context, store) is not { } upload || !upload.Formats.Contains(format) || !File.Exists(upload.OutputPath(format)))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            Attachment(context, $"{upload.DownloadStem}.{format}");
            context.Response.ContentType = ContentTypes[format];
            await context.Response.SendFileAsync(upload.OutputPath(format), context.RequestAborted);
        }));

        app.MapGet("/api/uploads/{id}/preview", (RequestDelegate)(async context =>
        {
            if (Finished(context, store) is not { } upload || !File.Exists(upload.OutputPath("html")))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            // The report's own page, shown in a sandboxed frame: no script, no requests, styles inline only.
            context.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";
            context.Response.ContentType = ContentTypes["html"];
            await context.Response.SendFileAsync(upload.OutputPath("html"), context.RequestAborted);
        }));

        app.MapGet("/api/uploads/{id}/zip", (RequestDelegate)(async context =>
        {
            if (Finished(context, store) is not { } upload)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await SendZip(context, $"{upload.DownloadStem}.zip", [upload], folders: false);
        }));

        app.MapGet("/api/zip", (RequestDelegate)(async context =>
        {
            var done = store.OwnedBy(Client.Of(context)).Where(u => u.State == UploadState.Done).ToList();
            if (done.Count == 0)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await SendZip(context, "reports.zip", done, folders: true);
        }));
    }

    private static Upload? Finished(HttpContext context, UploadStore store) =>
        store.Find(context.Request.RouteValues["id"] as string, Client.Of(context)) is { State: UploadState.Done } upload ? upload : null;

    /// <summary>Each report's outputs, in a folder of its own name when the zip holds several reports.</summary>
    private static async Task SendZip(HttpContext context, string name, IReadOnlyList<Upload> uploads, bool folders)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var upload in uploads)
            {
                string stem = upload.DownloadStem, folder = stem;
                for (int n = 2; folders && !used.Add(folder); n++) folder = $"{stem} ({n})";
                foreach (var format in upload.Formats)
                {
                    if (!File.Exists(upload.OutputPath(format))) continue;
                    string entry = folders ? $"{folder}/{stem}.{format}" : $"{stem}.{format}";
                    zip.CreateEntryFromFile(upload.OutputPath(format), entry, CompressionLevel.Fastest);
                }
            }
        }
        Attachment(context, name);
        context.Response.ContentType = "application/zip";
        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static void Attachment(HttpContext context, string fileName)
    {
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        context.Response.Headers.XContentTypeOptions = "nosniff";
    }
}
