using System.Text;
using AngleSharp.Html.Parser;
using Markdig;
using Microsoft.Playwright;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Docx;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.Hostile;

/// <summary>
/// Nothing active in any output. A hostile corpus (a hand-built tree, and text, HTML and Markdown inputs carrying
/// the same payloads: pandoc attribute braces, raw HTML, handlers, line breaks that would close front matter,
/// line-start syntax) is written in every format; the Markdown is rendered by Markdig (advanced extensions) and by
/// pandoc (commonmark_x, markdown, markdown -s), and every HTML page — ours and those renders — must hold no script,
/// no event handler attribute, no javascript: link and no autofocus; Chromium loads each and no payload may run.
/// The Word file's settings must hold no injected element.
/// </summary>
public class ActiveContentTests
{
    private const string Run = "window.__pwned=1";
    private static readonly string[] Payloads =
    [
        $"Revenue rose {{onfocus=\"{Run}\" autofocus tabindex=0}}",
        $"<img src=x onerror=\"{Run}\">",
        $"[click](javascript:{Run}){{onmouseover=\"{Run}\"}}",
        $"line one\n---\n<script>{Run}</script>",
        $"`<b onclick={Run}>`{{=html}}",
        "1. not a list",
        "# not a heading",
        "| a | b |",
        $"<div onclick=\"{Run}\">x</div>",
        $"::: {{onclick=\"{Run}\"}}",
    ];

    private static ReportDocument HostileTree()
    {
        var at = SourceSpan.Line(1);
        ValueList<Inline> T(string s) => [new Text(s)];
        return new ReportDocument(
            new Metadata(Payloads[3], Payloads[1], Payloads[0], "2026\n---\n<script>" + Run + "</script>", "en\"><w:documentProtection w:edit=\"readOnly\"/><w:updateFields w:val=\"true\"/><w:x a=\""),
            [
                new Heading(1, null, T(Payloads[0]), at),
                .. Payloads.Select(p => (Block)new Paragraph([], T(p), at)),
                new ListBlock(true, Payloads.Select(p => new ListItem(T(p))).ToValueList(), at),
                new Table(T(Payloads[2]), [new TableRow([new TableCell(T(Payloads[7])), new TableCell(T(Payloads[1]))])],
                    [new TableRow([new TableCell(T(Payloads[0])), new TableCell(T(Payloads[4]))])], at),
            ],
            [], [], []);
    }

    private static IEnumerable<(string Name, ReportDocument Tree)> Trees()
    {
        yield return ("tree", HostileTree());
        string text = "Hostile Report\n\n" + string.Join("\n\n", Payloads) + "\n";
        foreach (var (extension, content) in new[]
        {
            (".txt", text),
            (".md", "---\ntitle: \"" + Payloads[1].Replace("\"", "\\\"") + "\"\nauthor: \"x\\n---\\n<script>" + Run + "</script>\"\n---\n\n" + string.Join("\n\n", Payloads.Select(p => p.Replace("\n", " "))) + "\n"),
            (".html", "<html lang='en\" onload=\"" + Run + "'><body><header class=\"title-block\"><h1>T</h1><p class=\"author\">" + System.Net.WebUtility.HtmlEncode(Payloads[1]) + "</p></header>"
                + string.Concat(Payloads.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>")) + "</body></html>"),
        })
        {
            string path = Path.Combine(Directory.CreateTempSubdirectory("rp-active-").FullName, "hostile" + extension);
            File.WriteAllText(path, content);
            yield return (extension, ReportConverter.Read(path));
        }
    }

    /// <summary>Why a page is not inert, or null.</summary>
    private static string? ActiveContent(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        foreach (var element in page.All)
        {
            if (element.LocalName is "script" or "iframe" or "object" or "embed" or "base" or "form")
                return $"a <{element.LocalName}> element";
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "autofocus")
                    return $"<{element.LocalName} {attribute.Name}=…>";
                if (attribute.Name is "href" or "src" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                    return $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">";
            }
        }
        return null;
    }

    /// <summary>Every HTML page the outputs of the corpus become: ours, and the Markdown rendered by Markdig and pandoc.</summary>
    private static List<(string Name, string Html)> Rendered()
    {
        var pages = new List<(string, string)>();
        var markdig = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        bool pandoc = Tools.Available("pandoc");
        if (!pandoc) Tools.RequireInCI("pandoc");
        foreach (var (name, tree) in Trees())
        {
            pages.Add(($"{name} html", HtmlReportWriter.Render(tree)));
            string md = MarkdownReportWriter.Render(tree);
            pages.Add(($"{name} markdig", Markdown.ToHtml(md, markdig)));
            if (!pandoc) continue;
            pages.Add(($"{name} pandoc commonmark_x", Tools.Run("pandoc", "-f commonmark_x -t html", md)));
            pages.Add(($"{name} pandoc markdown", Tools.Run("pandoc", "-f markdown -t html", md)));
            pages.Add(($"{name} pandoc markdown -s", Tools.Run("pandoc", "-f markdown -t html -s", md)));
            pages.Add(($"{name} pandoc commonmark_x -s", Tools.Run("pandoc", "-f commonmark_x+yaml_metadata_block -t html -s", md)));
        }
        return pages;
    }

    [Fact]
    public void No_output_holds_a_script_a_handler_or_a_javascript_link()
    {
        var findings = Rendered().Select(p => (p.Name, Why: ActiveContent(p.Html))).Where(p => p.Why is not null).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => $"{f.Name}: {f.Why}")));
    }

    [Theory]
    [InlineData("javascript:" + Run)]
    [InlineData(" JaVaScRiPt:" + Run)]
    [InlineData("java\tscript:" + Run)]
    [InlineData("java\nscript:" + Run)]
    [InlineData("\u0001javascript:" + Run)]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>" + Run + "</script>")]
    public void A_link_whose_address_runs_code_keeps_only_its_text_in_HTML_and_Markdown(string target)
    {
        var tree = new ReportDocument(Metadata.Empty,
            [new Paragraph([], [new Text("see "), new Link(target, [new Text("here")])], SourceSpan.Line(1))], [], [], []);
        string html = HtmlReportWriter.Render(tree);
        string markdig = Markdown.ToHtml(MarkdownReportWriter.Render(tree), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        foreach (var page in new[] { html, markdig })
        {
            var document = new HtmlParser().ParseDocument(page);
            Assert.Empty(document.QuerySelectorAll("a[href]").Where(a => !a.GetAttribute("href")!.StartsWith('#')));
            Assert.Contains("see here", document.Body!.TextContent);
        }
    }

    [Theory]
    [InlineData("https://example.org/a b")]
    [InlineData("mailto:office@example.org")]
    [InlineData("report.html#part-2")]
    [InlineData("tel:+86-10-1234")]
    public void A_link_to_a_place_stays_a_link(string target)
    {
        var tree = new ReportDocument(Metadata.Empty, [new Paragraph([], [new Link(target, [new Text("here")])], SourceSpan.Line(1))], [], [], []);
        string markdig = Markdown.ToHtml(MarkdownReportWriter.Render(tree), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        static string? Href(string page) =>
            new HtmlParser().ParseDocument(page).QuerySelectorAll("a[href]").SingleOrDefault(a => a.TextContent == "here")?.GetAttribute("href");
        Assert.Equal(target, Href(HtmlReportWriter.Render(tree)));
        Assert.Equal(target, Uri.UnescapeDataString(Href(markdig) ?? ""));
    }

    [Fact]
    public void Line_start_syntax_and_braces_come_back_as_text()
    {
        var tree = HostileTree();
        string md = MarkdownReportWriter.Render(tree);
        var html = new HtmlParser().ParseDocument(Markdown.ToHtml(md, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build()));
        string text = html.Body!.TextContent;
        foreach (var payload in Payloads.Select(p => p.Replace("\n", " ")))
            Assert.Contains(payload, text);
        Assert.Empty(html.QuerySelectorAll("ol ol, ul ol, li h1, li table"));
    }

    [Fact]
    public void The_word_file_settings_take_the_language_as_a_value_not_as_markup()
    {
        var docx = Support.Run.Render(new DocxReportWriter(), HostileTree());
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/settings.xml")!.Open());
        var settings = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
        var names = settings.Root!.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.DoesNotContain("documentProtection", names);
        Assert.DoesNotContain("updateFields", names);
        Assert.StartsWith("en\"><w:documentProtection", settings.Root.Elements().Single(e => e.Name.LocalName == "themeFontLang").Attributes().First().Value);
    }

    [Fact]
    public async Task Chromium_runs_no_payload()
    {
        const string Chromium = "/usr/bin/chromium";
        if (!File.Exists(Chromium)) { Tools.RequireInCI("chromium"); return; }
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync();
        var ran = new List<string>();
        foreach (var (name, html) in Rendered())
        {
            await page.SetContentAsync(html);
            await page.Mouse.MoveAsync(10, 10);
            await page.Keyboard.PressAsync("Tab");
            await page.WaitForTimeoutAsync(50);
            if (await page.EvaluateAsync<bool>("() => window.__pwned === 1")) ran.Add(name);
        }
        Assert.Empty(ran);
    }
}
