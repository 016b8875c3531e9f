namespace ReportPipeline.Writers;

/// <summary>
/// Whether a link's address may be written as a link: a relative reference, or one of the schemes that only name a
/// place (http, https, mailto, ftp, tel, news). Anything else (javascript:, vbscript:, data:) could run code, so the
/// writers keep the link's text only. The address is looked at as a browser reads it: with the spaces and control
/// characters at its ends and every tab and line break inside removed, so "java&#9;script:" is javascript: too.
/// </summary>
internal static class LinkTargets
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "ftp", "tel", "news"];

    public static bool IsSafe(string target)
    {
        string url = new string(target.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(Controls);
        int colon = url.IndexOf(':');
        int path = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || path >= 0 && path < colon) return true; // relative: no scheme
        return SafeSchemes.Contains(url[..colon].ToLowerInvariant());
    }

    /// <summary>What a URL parser trims from both ends: C0 controls and the space.</summary>
    private static readonly char[] Controls = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];
}
