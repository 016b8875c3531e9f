using Microsoft.AspNetCore.Http;

namespace ReportPipeline.Cli.Serve;

/// <summary>
/// Which browser a request comes from: a random id in an HTTP-only, same-site cookie, given on the first request.
/// Uploads belong to it; another browser asking for them gets 404.
/// </summary>
public static class Client
{
    public const string Cookie = "rp-client";

    public static async Task Identify(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Cookies.TryGetValue(Cookie, out var id) || !FileNames.IsId(id))
        {
            id = FileNames.NewId();
            context.Response.Cookies.Append(Cookie, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
        }
        context.Items[Cookie] = id;
        await next(context);
    }

    public static string Of(HttpContext context) => (string)context.Items[Cookie]!;
}
