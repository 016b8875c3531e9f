using Microsoft.Playwright;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright, and the axe-core script the test script installs, for the browser tests.</summary>
internal static class HeadlessChromium
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>axe-core as <c>scripts/test.sh</c> installs it from npm.</summary>
    public static readonly string Axe = Repo.Path("tests", "tools", "node_modules", "axe-core", "axe.min.js");

    public static async Task<(IPlaywright, IBrowser)> Launch()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return (playwright, browser);
    }
}
