using static ReportPipeline.Tests.Browser.HeadlessChromium;
using System.IO.Compression;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;
using ReportPipeline.Cli.Serve;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.Serve;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Browser;

/// <summary>
/// The `serve` page in Debian's Chromium driven by Playwright: files chosen as a person would, conversions followed
/// to the end, downloads opened with independent readers, and axe-core judging the page.
/// </summary>
public sealed class ServePageTests
{
    private static readonly string Seed = Repo.Fixture(ExpectedReport.Seed.Fixture);
    private static readonly string Pdf = Repo.Fixture(Path.Combine("office", "riverton-2026-budget-report.styled.pdf"));
    private const string Done = "done";

    [Fact]
    public async Task A_text_and_a_pdf_convert_showing_outline_and_notes_and_download_as_word_and_zip()
    {
        if (!File.Exists(Chromium)) { Tools.RequireInCI("chromium"); return; }
        await using var server = await RunningServer.Start();
        await using var session = await Open(server);
        var page = session.Page;

        await page.SetInputFilesAsync("#files", [Seed, Pdf]);
        await WaitForRows(page, Done, 2);

        foreach (var (file, expected) in new[] { (Seed, ExpectedReport.Seed), (Pdf, ExpectedReport.English) })
        {
            var row = Row(page, Path.GetFileName(file));
            int headings = expected.Chapters + expected.Sections + expected.DeeperHeadings;
            Assert.Equal($"{headings}", await row.Locator(".outline-section summary").GetAttributeAsync("data-count"));
            Assert.Contains($"{headings}", await row.Locator(".outline-section summary").InnerTextAsync());
            Assert.Equal(headings, await row.Locator(".outline li").CountAsync());
            Assert.Equal($"{expected.Footnotes}", await row.Locator(".note-count").GetAttributeAsync("data-count"));
            Assert.Contains($"{expected.Footnotes}", await row.Locator(".note-count").InnerTextAsync());
            Assert.Equal(expected.Footnotes, await row.Locator(".notes li").CountAsync());
        }

        var seedRow = Row(page, Path.GetFileName(Seed));
        var word = await page.RunAndWaitForDownloadAsync(() => seedRow.Locator("a[data-format=docx]").ClickAsync());
        Assert.Equal("yuexiu-2025-plan-report.docx", word.SuggestedFilename);
        string docx = Path.Combine(session.Folder, "seed.docx");
        await word.SaveAsAsync(docx);
        using (var package = WordprocessingDocument.Open(docx, false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
            Assert.Equal(ExpectedReport.Seed.Footnotes, package.MainDocumentPart!.FootnotesPart!.Footnotes!.ChildElements.Count - 2);
        }

        var all = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-all").ClickAsync());
        string zipPath = Path.Combine(session.Folder, "all.zip");
        await all.SaveAsAsync(zipPath);
        using var zip = ZipFile.OpenRead(zipPath);
        var reports = zip.Entries.GroupBy(e => e.FullName.Split('/')[0]).ToDictionary(g => g.Key, g => g.Select(e => e.Name).Order().ToList());
        Assert.Equal(["riverton-2026-budget-report.styled", "yuexiu-2025-plan-report"], reports.Keys.Order());
        foreach (var (stem, files) in reports) Assert.Equal([$"{stem}.docx", $"{stem}.html", $"{stem}.json", $"{stem}.md"], files);
    }

    [Fact]
    public async Task Random_bytes_named_pdf_show_the_clis_one_line_error_on_their_row_while_the_others_convert()
    {
        if (!File.Exists(Chromium)) { Tools.RequireInCI("chromium"); return; }
        var random = new byte[8192];
        new Random(7).NextBytes(random);
        await using var server = await RunningServer.Start();
        await using var session = await Open(server);
        var page = session.Page;

        await page.SetInputFilesAsync("#files", new[]
        {
            new FilePayload { Name = "broken.pdf", MimeType = "application/pdf", Buffer = random },
            new FilePayload { Name = "seed.txt", MimeType = "text/plain", Buffer = File.ReadAllBytes(Seed) },
        });
        await Assertions.Expect(page.Locator("#results > li[data-state=done], #results > li[data-state=failed]")).ToHaveCountAsync(2, new LocatorAssertionsToHaveCountOptions { Timeout = 180_000 });
        var broken = Row(page, "broken.pdf");
        Assert.Equal("failed", await broken.GetAttributeAsync("data-state"));
        Assert.Equal($"broken.pdf: {RunningServer.CliProblem("broken.pdf", random)}", await broken.Locator(".error").InnerTextAsync());
        Assert.Equal(Done, await Row(page, "seed.txt").GetAttributeAsync("data-state"));
        Assert.Equal(0, await broken.Locator("a[download]").CountAsync());
    }

    [Fact]
    public async Task Twenty_files_chosen_at_once_all_convert()
    {
        if (!File.Exists(Chromium)) { Tools.RequireInCI("chromium"); return; }
        await using var server = await RunningServer.Start(new ServeOptions { Workers = 2 });
        await using var session = await Open(server);
        var seed = File.ReadAllBytes(Seed);
        await session.Page.SetInputFilesAsync("#files",
            Enumerable.Range(1, 20).Select(i => new FilePayload { Name = $"report-{i:00}.txt", MimeType = "text/plain", Buffer = seed }));
        await WaitForRows(session.Page, Done, 20);
        Assert.Equal(20, await session.Page.Locator("#results > li").CountAsync());
        await Assertions.Expect(session.Page.Locator("#status")).ToContainTextAsync("20"); // the count is announced a moment after the last change
    }

    [Theory]
    [InlineData("en-US", 1000, "Convert reports")]
    [InlineData("zh-CN", 1000, "报告转换")]
    [InlineData("zh-CN", 375, "报告转换")]
    public async Task Axe_finds_no_violation_with_results_open_in_either_language_and_on_a_phone(string locale, int width, string heading)
    {
        if (!File.Exists(Chromium)) { Tools.RequireInCI("chromium"); return; }
        if (!File.Exists(Axe)) { Tools.RequireInCI("axe-core (npm)"); return; }
        await using var server = await RunningServer.Start();
        await using var session = await Open(server, locale, width);
        var page = session.Page;
        Assert.Equal(heading, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(locale.StartsWith("zh") ? "zh-CN" : "en", await page.GetAttributeAsync("html", "lang"));

        await page.SetInputFilesAsync("#files", [Seed, Repo.Fixture("lanshan-2026-budget-report.txt")]);
        await WaitForRows(page, Done, 2);
        foreach (var summary in await page.Locator("#results details > summary").AllAsync()) await summary.ClickAsync();
        await page.Locator("iframe").First.WaitForAsync();

        await page.EvaluateAsync(File.ReadAllText(Axe)); // through the debugging protocol: the page's policy allows no inline script
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))");
        Assert.True(violations.GetArrayLength() == 0, string.Join("\n", violations.EnumerateArray()));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
    }

    [Fact]
    public async Task Removing_a_result_with_the_keyboard_moves_focus_to_the_next_one_and_deletes_its_files()
    {
        if (!File.Exists(Chromium)) { Tools.RequireInCI("chromium"); return; }
        await using var server = await RunningServer.Start();
        await using var session = await Open(server);
        var page = session.Page;
        await page.SetInputFilesAsync("#files", [Seed, Repo.Fixture("riverton-2026-budget-report.txt")]);
        await WaitForRows(page, Done, 2);
        string first = (await page.Locator("#results > li h3").First.InnerTextAsync()), second = await page.Locator("#results > li h3").Nth(1).InnerTextAsync();
        Assert.Equal(2, Directory.GetDirectories(server.WorkFolder).Length);

        await Row(page, first).Locator("button.remove").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#results > li")).ToHaveCountAsync(1);
        Assert.Equal(second, await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.Single(Directory.GetDirectories(server.WorkFolder));
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync(first);
    }

    private static ILocator Row(IPage page, string name) =>
        page.Locator("#results > li", new PageLocatorOptions { Has = page.Locator("h3", new PageLocatorOptions { HasTextString = name }) });

    /// <summary>Waits through locators: the page's policy forbids the string evaluation WaitForFunction needs.</summary>
    private static Task WaitForRows(IPage page, string state, int count) =>
        Assertions.Expect(page.Locator($"#results > li[data-state={state}]")).ToHaveCountAsync(count, new LocatorAssertionsToHaveCountOptions { Timeout = 180_000 });

    private sealed class Session(IPlaywright playwright, IBrowser browser, IPage page, string folder) : IAsyncDisposable
    {
        public IPage Page => page;
        public string Folder => folder;

        public async ValueTask DisposeAsync()
        {
            await browser.DisposeAsync();
            playwright.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Session> Open(RunningServer server, string locale = "en-US", int width = 1000)
    {
        var (playwright, browser) = await Launch();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            AcceptDownloads = true, Locale = locale, ViewportSize = new ViewportSize { Width = width, Height = 800 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Address.AbsoluteUri);
        return new Session(playwright, browser, page, Directory.CreateTempSubdirectory("rp-serve-page-").FullName);
    }
}
