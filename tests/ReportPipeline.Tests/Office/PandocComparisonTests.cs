using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Json;

namespace ReportPipeline.Tests.Office;

/// <summary>
/// Every third-party Word file and web page, in every output (Markdown, HTML, Word, JSON): at least as many pictures,
/// external links and formulas as pandoc keeps reading the same file, counted by pandoc itself. What pandoc keeps and
/// this product leaves out on purpose is listed by hand with its reason (<c>pandocOnly</c> in office-expectations.json);
/// a web page is compared on its article (a selector chosen by reading the page), the site's menus being left out.
/// </summary>
public class PandocComparisonTests
{
    public static TheoryData<string, string> FilesByOutput
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var file in WholeOfficeFileTests.OfficeFiles())
                foreach (var output in new[] { "md", "html", "docx", "json" })
                    data.Add(file, output);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(FilesByOutput))]
    public void Every_output_keeps_at_least_what_pandoc_keeps(string file, string output)
    {
        if (!Tools.Available("pandoc")) { Tools.RequireInCI("pandoc"); return; }
        var expected = WholeOfficeFileTests.Expected(file);
        string path = Repo.Fixture(Path.Combine("third-party", file));
        bool html = file.EndsWith(".html", StringComparison.Ordinal);
        if (html && expected?["article"] is { } selector)
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(path));
            var article = page.QuerySelector((string)selector!) ?? throw new InvalidOperationException($"no {selector} in {file}");
            path = Path.Combine(Path.GetTempPath(), $"rp-article-{Guid.NewGuid():N}.html");
            File.WriteAllText(path, $"<html><body>{article.OuterHtml}</body></html>");
        }
        var theirs = PandocCounts.Of(PandocCounts.Json(path, html ? "html" : "docx"));
        var skipped = expected?["pandocOnly"] as JsonObject;
        int Skipped(string what) => (int?)skipped?[what] ?? 0;
        var document = ThirdPartyOfficeTests.Read(file);
        var ours = output == "json"
            ? OfficeRoundTripTests.JsonCounts(Run.RenderText(new JsonReportWriter(), document))
            : PandocCounts.Of(PandocCounts.Json(OfficeRoundTripTests.Write(output, document), output == "md" ? "markdown" : output));
        string reason = skipped?["reason"] is { } r ? $" (left out on purpose: {r})" : "";
        Assert.True(ours.Images >= theirs.Images - Skipped("images"), $"{output}: {ours.Images} images, pandoc {theirs.Images}{reason}");
        Assert.True(ours.ExternalLinks >= theirs.ExternalLinks - Skipped("links"), $"{output}: {ours.ExternalLinks} links, pandoc {theirs.ExternalLinks}{reason}");
        Assert.True(ours.Formulas >= theirs.Formulas - Skipped("formulas"), $"{output}: {ours.Formulas} formulas, pandoc {theirs.Formulas}{reason}");
    }
}
