using static ReportPipeline.Tests.Browser.HeadlessChromium;
using Microsoft.Playwright;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Html;

namespace ReportPipeline.Tests.Browser;

/// <summary>
/// The HTML page in a real browser (Debian's Chromium driven by Playwright): clicking a footnote reference lands on
/// its note, and the note's back-link returns to the reference.
/// </summary>
public class FootnoteNavigationTests
{
    [Theory]
    [InlineData("yuexiu-2025-plan-report.txt")]
    [InlineData("riverton-2026-budget-report.txt")]
    public async Task Clicking_a_reference_lands_on_its_note_and_the_back_link_returns(string fixture)
    {
        if (!File.Exists(Chromium)) { Tools.RequireInCI("chromium"); return; }
        string html = Path.Combine(Directory.CreateTempSubdirectory("rp-browser-").FullName, "report.html");
        File.WriteAllText(html, HtmlReportWriter.Render(Run.Fixture(fixture)));

        var (playwright, browser) = await Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 700 } });
        await page.GotoAsync(new Uri(html).AbsoluteUri);

        var references = page.Locator("a[role=doc-noteref]");
        int count = await references.CountAsync();
        Assert.True(count > 0);
        foreach (int index in new[] { 0, count / 2, count - 1 }.Distinct())
        {
            var reference = references.Nth(index);
            string referenceId = (await reference.GetAttributeAsync("id"))!;
            string noteId = (await reference.GetAttributeAsync("href"))![1..];

            await reference.ClickAsync();
            await page.WaitForFunctionAsync($"location.hash === '#{noteId}'");
            Assert.Equal(noteId, await page.EvaluateAsync<string>("document.querySelector(':target').id"));
            Assert.True(await InViewport(page, $"#{noteId}"), $"note {noteId} is not scrolled into view");

            await page.Locator($"#{noteId} a[role=doc-backlink][href='#{referenceId}']").ClickAsync();
            await page.WaitForFunctionAsync($"location.hash === '#{referenceId}'");
            Assert.True(await InViewport(page, $"#{referenceId}"), $"reference {referenceId} is not scrolled into view");
        }
    }

    /// <summary>The element is wholly inside the viewport (one pixel of sub-pixel rounding allowed).</summary>
    private static Task<bool> InViewport(IPage page, string selector) => page.EvaluateAsync<bool>(
        "s => { const r = document.querySelector(s).getBoundingClientRect(); return r.top >= -1 && r.bottom <= window.innerHeight + 1; }",
        selector);
}
