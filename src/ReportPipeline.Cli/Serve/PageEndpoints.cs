using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace ReportPipeline.Cli.Serve;

/// <summary>The one page (<c>/</c>), its script and its style, embedded in the assembly: nothing is fetched from elsewhere.</summary>
public static class PageEndpoints
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    public static void Map(IEndpointRouteBuilder app, ServeOptions options)
    {
        string page = Resource("index.html").Replace("{{maxMegabytes}}", $"{options.MaxFileBytes / (1024 * 1024)}");
        string script = Resource("app.js"), style = Resource("app.css");

        app.MapGet("/", (RequestDelegate)(context =>
            Send(context, "text/html; charset=utf-8", page.Replace("{{lang}}", Language(context.Request)))));
        app.MapGet("/app.js", (RequestDelegate)(context => Send(context, "text/javascript; charset=utf-8", script)));
        app.MapGet("/app.css", (RequestDelegate)(context => Send(context, "text/css; charset=utf-8", style)));
    }

    /// <summary>Chinese when the browser prefers Chinese, English otherwise; the script uses the same choice.</summary>
    public static string Language(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages)) return "en";
        var preferred = languages.Where(l => l.Value.HasValue && l.Quality != 0).OrderByDescending(l => l.Quality ?? 1).FirstOrDefault();
        return preferred?.Value.Value?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? "zh-CN" : "en";
    }

    private static Task Send(HttpContext context, string type, string body)
    {
        context.Response.ContentType = type;
        context.Response.Headers.ContentSecurityPolicy = Policy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(body);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ReportPipeline.Serve.{name}")
            ?? throw new InvalidOperationException($"the page resource {name} is missing from the assembly");
        return new StreamReader(stream).ReadToEnd();
    }
}
