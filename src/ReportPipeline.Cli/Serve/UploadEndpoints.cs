using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using ReportPipeline.Pipeline;
using ReportPipeline.Writers.Docx;

namespace ReportPipeline.Cli.Serve;

/// <summary>
/// <c>POST /api/uploads?name=…&amp;formats=…&amp;template=…</c> takes one report as the request body and queues it;
/// <c>POST /api/templates?name=…</c> keeps an office template; <c>GET</c> and <c>DELETE /api/uploads/{id}</c>.
/// </summary>
public static class UploadEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ServeOptions options, UploadStore store, ConversionQueue queue)
    {
        app.MapPost("/api/uploads", (RequestDelegate)(async context =>
        {
            string owner = Client.Of(context);
            if (store.Count >= options.MaxUploads)
            {
                await Problem(context, StatusCodes.Status429TooManyRequests, $"the server holds {options.MaxUploads} uploads already; remove some and try again");
                return;
            }
            var formats = Formats(context.Request.Query["formats"]);
            if (formats is null)
            {
                await Problem(context, StatusCodes.Status400BadRequest, $"unknown output format (use {string.Join(", ", ReportConverter.AllWriters.Select(w => w.Format))})");
                return;
            }
            string name = FileNames.Display(context.Request.Query["name"]);
            var (id, folder) = store.NewFolder();
            string input = Path.Combine(folder, "input" + FileNames.StoredExtension(name));
            if (!await Receive(context, options, input, name))
            {
                UploadStore.DeleteFolder(folder);
                return;
            }
            var upload = new Upload(id, owner, name, folder, input, formats, store.Template(context.Request.Query["template"], owner));
            store.Add(upload);
            queue.Enqueue(upload);
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            await Json(context, upload.ToJson());
        }));

        app.MapPost("/api/templates", (RequestDelegate)(async context =>
        {
            string name = FileNames.Display(context.Request.Query["name"]);
            if (!name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            {
                await Problem(context, StatusCodes.Status400BadRequest, $"{name}: a template must be a Word document (.docx)");
                return;
            }
            var (id, folder) = store.NewFolder();
            string path = Path.Combine(folder, "template.docx");
            if (!await Receive(context, options, path, name))
            {
                UploadStore.DeleteFolder(folder);
                return;
            }
            ReferenceDocx template;
            try { template = ReferenceDocx.Load(await File.ReadAllBytesAsync(path)); }
            catch (InvalidDataException e)
            {
                UploadStore.DeleteFolder(folder);
                await Problem(context, StatusCodes.Status400BadRequest, $"{name}: {e.Message}");
                return;
            }
            store.AddTemplate(id, Client.Of(context), folder, template);
            await Json(context, new JsonObject { ["id"] = id, ["name"] = name, ["warning"] = ReferenceTemplate.MissingStylesWarning(name, template) });
        }));

        app.MapGet("/api/uploads/{id}", (RequestDelegate)(async context =>
        {
            if (store.Find(context.Request.RouteValues["id"] as string, Client.Of(context)) is not { } upload) { context.Response.StatusCode = 404; return; }
            await Json(context, upload.ToJson());
        }));

        app.MapDelete("/api/uploads/{id}", (RequestDelegate)(context =>
        {
            bool removed = store.Remove((context.Request.RouteValues["id"] as string)!, Client.Of(context));
            context.Response.StatusCode = removed ? StatusCodes.Status204NoContent : StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }));
    }

    /// <summary>Copies the request body to <paramref name="path"/>; answers 413 when it is over the size limit.</summary>
    private static async Task<bool> Receive(HttpContext context, ServeOptions options, string path, string name)
    {
        string tooLarge = $"{name}: the file is larger than the limit of {options.MaxFileBytes / (1024.0 * 1024):0.#} MB";
        if (context.Request.ContentLength > options.MaxFileBytes)
        {
            await Problem(context, StatusCodes.Status413PayloadTooLarge, tooLarge);
            return false;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = options.MaxFileBytes;
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await context.Request.Body.CopyToAsync(file, context.RequestAborted);
            return true;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await Problem(context, StatusCodes.Status413PayloadTooLarge, tooLarge);
            return false;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or BadHttpRequestException)
        {
            if (!context.RequestAborted.IsCancellationRequested) await Problem(context, StatusCodes.Status400BadRequest, $"{name}: the upload was interrupted");
            return false;
        }
    }

    private static List<string>? Formats(string? query)
    {
        var asked = (query ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant()).Distinct().ToList();
        var known = ReportConverter.AllWriters.Select(w => w.Format).ToList();
        if (asked.Count == 0) return known;
        return asked.All(known.Contains) ? [.. known.Where(asked.Contains)] : null;
    }

    /// <summary>A failed request's answer: one line of plain text, as the command line would print it.</summary>
    public static async Task Problem(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message);
    }

    public static async Task Json(HttpContext context, JsonNode node)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(node.ToJsonString());
    }
}
