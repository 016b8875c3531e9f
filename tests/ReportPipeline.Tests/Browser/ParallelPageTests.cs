using static ReportPipeline.Tests.Browser.HeadlessChromium;
using Microsoft.Playwright;
using ReportPipeline.Tests.Alignment;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Parallel;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Browser;

/// <summary>
/// The parallel page of two aligned editions, and a report with an English paragraph, in Chromium: notes navigate
/// both ways in each column, rows are side by side on a wide screen and stacked on a phone, and the Chinese first-line
/// indent is not applied to English paragraphs.
/// </summary>
public class ParallelPageTests
{
    private static string Save(string html)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("rp-browser-").FullName, "page.html");
        File.WriteAllText(path, html);
        return new Uri(path).AbsoluteUri;
    }

    [Theory]
    [InlineData(".original")]
    [InlineData(".translation")]
    public async Task Notes_navigate_both_ways_in_each_column(string column)
    {
        if (!File.Exists(Chromium)) { Tools.RequireInCI("chromium"); return; }
        var (playwright, browser) = await Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 800 } });
        await page.GotoAsync(Save(ParallelHtmlWriter.Render(EditionAlignmentTests.Lanshan())));

        var references = page.Locator($".row {column} a[role=doc-noteref]");
        Assert.Equal(5, await references.CountAsync());
        for (int index = 0; index < 5; index++)
        {
            var reference = references.Nth(index);
            string referenceId = (await reference.GetAttributeAsync("id"))!;
            string noteId = (await reference.GetAttributeAsync("href"))![1..];
            await reference.ClickAsync();
            await page.WaitForFunctionAsync($"location.hash === '#{noteId}'");
            Assert.True(await page.EvaluateAsync<bool>($"document.querySelector('#{noteId}').closest('section').matches('{column}')"));
            await page.Locator($"#{noteId} a[role=doc-backlink][href='#{referenceId}']").ClickAsync();
            await page.WaitForFunctionAsync($"location.hash === '#{referenceId}'");
            Assert.True(await page.EvaluateAsync<bool>($"(() => {{ const r = document.querySelector('#{referenceId}').getBoundingClientRect(); return r.top >= -1 && r.bottom <= innerHeight + 1; }})()"));
        }
    }

    [Theory]
    [InlineData(1300, true)]
    [InlineData(390, false)]
    public async Task Rows_are_side_by_side_on_a_screen_and_stacked_on_a_phone(int width, bool sideBySide)
    {
        if (!File.Exists(Chromium)) { Tools.RequireInCI("chromium"); return; }
        var (playwright, browser) = await Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        await page.GotoAsync(Save(ParallelHtmlWriter.Render(EditionAlignmentTests.Lanshan())));
        bool besides = await page.EvaluateAsync<bool>("""
            (() => { const row = document.querySelectorAll('main > .row.paragraph')[2];
              const a = row.querySelector('.original').getBoundingClientRect(), b = row.querySelector('.translation').getBoundingClientRect();
              return Math.abs(a.top - b.top) < 2 && b.left >= a.right; })()
            """);
        Assert.Equal(sideBySide, besides);
    }

    [Fact]
    public async Task An_english_paragraph_in_a_chinese_report_has_no_first_line_indent()
    {
        if (!File.Exists(Chromium)) { Tools.RequireInCI("chromium"); return; }
        var (playwright, browser) = await Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var document = Run.FromText("各位代表：\n\n全年经济运行稳中向好，主要指标好于预期，我们同 World Bank 合作开展项目。\n\nThe city signed a memorandum with the Asian Development Bank on green finance.");
        await page.GotoAsync(Save(HtmlReportWriter.Render(document)));
        // The Chinese paragraph keeps its two-character indent (2em of 17px); the English one has none.
        Assert.Equal("34px", await page.EvaluateAsync<string>("getComputedStyle(document.querySelectorAll('p')[1]).textIndent"));
        Assert.Equal("0px", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('p[lang=en]')).textIndent"));
        Assert.Equal("normal", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('p span[lang=en]')).letterSpacing"));
    }

    public static TheoryData<string> BilingualPages => new()
    {
        "parallel", "bilingual/lanshan-2026-budget-report.zh-en.txt", "bilingual/haibin-2026-opening-report.txt",
    };

    [Theory]
    [MemberData(nameof(BilingualPages))]
    public async Task Axe_core_finds_no_violation(string page)
    {
        if (!File.Exists(Chromium) || !File.Exists(Axe)) { Tools.RequireInCI(File.Exists(Chromium) ? "axe-core (npm)" : "chromium"); return; }
        var (playwright, browser) = await Launch();
        using var _ = playwright;
        await using var __ = browser;
        var tab = await browser.NewPageAsync();
        string html = page == "parallel" ? ParallelHtmlWriter.Render(EditionAlignmentTests.Lanshan()) : HtmlReportWriter.Render(Run.Fixture(page));
        await tab.GotoAsync(Save(html));
        await tab.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Axe });
        var result = await tab.EvaluateAsync<System.Text.Json.JsonElement>(
            "async () => { const r = await axe.run(document, { resultTypes: ['violations'] }); return r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ') ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', ')); }");
        var violations = result.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
