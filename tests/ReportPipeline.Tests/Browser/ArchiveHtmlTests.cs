using static ReportPipeline.Tests.Browser.HeadlessChromium;
using System.Text.Json;
using Microsoft.Playwright;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Html;

namespace ReportPipeline.Tests.Browser;

/// <summary>
/// The HTML page as an archive's accessibility review sees it, in Debian's Chromium: axe-core finds no violation,
/// note targets are at least 24 × 24 px on a phone, and printed, the body starts on page 1 with no back-link arrows.
/// axe-core is installed from npm by scripts/test.sh into tests/tools.
/// </summary>
public class ArchiveHtmlTests
{
    private static string PageFile(string fixture)
    {
        string html = Path.Combine(Directory.CreateTempSubdirectory("rp-archive-").FullName, "report.html");
        File.WriteAllText(html, HtmlReportWriter.Render(Run.Fixture(fixture)));
        return html;
    }

    [Theory]
    [InlineData("yuexiu-2025-plan-report.txt", "light")]
    [InlineData("yuexiu-2025-plan-report.txt", "dark")]
    [InlineData("lanshan-2026-budget-report.txt", "light")]
    [InlineData("riverton-2026-budget-report.txt", "light")]
    public async Task Axe_core_finds_no_violation(string fixture, string scheme)
    {
        if (!File.Exists(Chromium) || !File.Exists(Axe)) { Tools.RequireInCI(File.Exists(Chromium) ? "axe-core (npm)" : "chromium"); return; }
        var (playwright, browser) = await Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        await page.GotoAsync(new Uri(PageFile(fixture)).AbsoluteUri);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Axe });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { resultTypes: ['violations'] }); return r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ') ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', ')); }");
        var violations = result.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>Every third-party document (pandoc's, mammoth's, docling's, Unstructured's, a Wikipedia page, PDFs) as our HTML, in one browser.</summary>
    [Fact]
    public async Task Axe_core_finds_no_violation_on_the_pages_of_third_party_documents()
    {
        if (!File.Exists(Chromium) || !File.Exists(Axe)) { Tools.RequireInCI(File.Exists(Chromium) ? "axe-core (npm)" : "chromium"); return; }
        var inputs = Directory.GetFiles(Repo.Fixture("third-party"))
            .Where(f => ReportPipeline.Pipeline.ReportConverter.SupportedExtensions.Contains(Path.GetExtension(f)) && !f.Contains(".expected."))
            .Order().ToList();
        Assert.True(inputs.Count >= 10, $"only {inputs.Count} third-party documents");
        var (playwright, browser) = await Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var dir = Directory.CreateTempSubdirectory("rp-archive-").FullName;
        var violations = new List<string>();
        foreach (var input in inputs)
        {
            string html = Path.Combine(dir, Path.GetFileName(input) + ".html");
            File.WriteAllText(html, HtmlReportWriter.Render(ReportPipeline.Pipeline.ReportConverter.Read(input)));
            await page.GotoAsync(new Uri(html).AbsoluteUri);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Axe });
            var result = await page.EvaluateAsync<JsonElement>(
                "async () => { const r = await axe.run(document, { resultTypes: ['violations'] }); return r.violations.map(v => v.id + ' (' + v.nodes.length + ') ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', ')); }");
            violations.AddRange(result.EnumerateArray().Select(v => $"{Path.GetFileName(input)}: {v.GetString()}"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Theory]
    [InlineData("yuexiu-2025-plan-report.txt")]
    [InlineData("riverton-2026-budget-report.txt")]
    public async Task Notes_are_announced_with_their_number_and_are_large_enough_targets_on_a_phone(string fixture)
    {
        if (!File.Exists(Chromium)) { Tools.RequireInCI("chromium"); return; }
        var (playwright, browser) = await Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true });
        await page.GotoAsync(new Uri(PageFile(fixture)).AbsoluteUri);

        var references = page.Locator("a[role=doc-noteref]");
        int count = await references.CountAsync();
        Assert.True(count > 0);
        var names = new HashSet<string>();
        for (int i = 0; i < count; i++)
        {
            var reference = references.Nth(i);
            var box = (await reference.BoundingBoxAsync())!;
            Assert.True(box.Width >= 24 && box.Height >= 24, $"reference {i + 1} is {box.Width} × {box.Height} px");
            string label = (await reference.GetAttributeAsync("aria-label"))!;
            Assert.Contains(await reference.InnerTextAsync(), label);
            names.Add(label);
        }
        Assert.Equal(await page.Locator("section.footnotes li").CountAsync(), names.Count);

        var backs = page.Locator("a[role=doc-backlink]");
        var backNames = new List<string>();
        for (int i = 0; i < await backs.CountAsync(); i++)
        {
            var box = (await backs.Nth(i).BoundingBoxAsync())!;
            Assert.True(box.Width >= 24 && box.Height >= 24, $"back-link {i + 1} is {box.Width} × {box.Height} px");
            backNames.Add((await backs.Nth(i).GetAttributeAsync("aria-label"))!);
        }
        Assert.Equal(backNames.Count, backNames.Distinct().Count());
        Assert.Equal(count, backNames.Count);

        // A number and its unit stay on one line at phone width.
        foreach (var unit in await page.Locator(".nu").AllAsync())
        {
            var rects = await unit.EvaluateAsync<int>("e => e.getClientRects().length");
            Assert.Equal(1, rects);
        }
    }

    [Theory]
    [InlineData("yuexiu-2025-plan-report.txt")]
    [InlineData("riverton-2026-budget-report.txt")]
    public async Task Printed_the_body_starts_on_page_1_and_back_link_arrows_are_not_printed(string fixture)
    {
        if (!File.Exists(Chromium) || !Tools.Available("pdftotext")) { Tools.RequireInCI("chromium"); return; }
        var doc = Run.Fixture(fixture);
        var (playwright, browser) = await Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(PageFile(fixture)).AbsoluteUri);
        string pdf = Path.Combine(Directory.CreateTempSubdirectory("rp-print-").FullName, "report.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, PreferCSSPageSize = true });

        string firstPage = Squeeze(Tools.Run("pdftotext", $"-f 1 -l 1 {pdf} -", ""));
        var firstHeading = doc.Blocks.OfType<ReportPipeline.Model.Heading>().First();
        string heading = Squeeze(ReportPipeline.Model.InlineText.PlainText(firstHeading.Title));
        string firstParagraph = Squeeze(ReportPipeline.Model.InlineText.PlainText(doc.Blocks.OfType<ReportPipeline.Model.Paragraph>().First().Content));
        // The body is on page 1: its first paragraph, or its first heading set apart from the contents' entry for it.
        bool bodyOnPageOne = firstPage.Contains(firstParagraph[..Math.Min(12, firstParagraph.Length)])
            || firstPage.Split(heading).Length > 2;
        Assert.True(bodyOnPageOne, "page 1 holds no body text: " + firstPage[..Math.Min(300, firstPage.Length)]);

        string all = Tools.Run("pdftotext", $"{pdf} -", "");
        Assert.DoesNotContain("↩", all);
        Assert.Matches(@"—\s*2\s*—", all);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
