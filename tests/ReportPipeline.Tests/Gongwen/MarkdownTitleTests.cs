using Markdig;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.Gongwen;

/// <summary>
/// The Markdown's title and table caption as pandoc --standalone and Markdig show them: the title once, the
/// caption as a caption where the dialect has one (pandoc) and as text where it has none (Markdig).
/// </summary>
public class MarkdownTitleTests
{
    [Theory]
    [MemberData(nameof(ExpectedReport.All), MemberType = typeof(ExpectedReport))]
    public void Pandoc_standalone_shows_the_title_once_and_the_caption_as_a_caption(ExpectedReport expected)
    {
        if (!Tools.Available("pandoc")) { Tools.RequireInCI("pandoc"); return; }
        var doc = Run.Fixture(expected.Fixture);
        string markdown = MarkdownReportWriter.Render(doc);
        string html = Tools.Run("pandoc", "-s -f markdown -t html5 --wrap=none --metadata pagetitle=report", markdown);
        var page = HtmlLinks.Parse(html);
        string title = doc.Metadata.Title!;
        Assert.Equal(1, Occurrences(page.Body!.TextContent, title));
        var caption = Assert.Single(page.QuerySelectorAll("table caption"));
        Assert.Equal(ReportPipeline.Model.InlineText.PlainText(doc.Blocks.OfType<ReportPipeline.Model.Table>().Single().Caption), caption.TextContent.Trim());
        Assert.DoesNotContain(MarkdownReportWriter.CaptionPrefix, page.Body.TextContent);
    }

    [Theory]
    [MemberData(nameof(ExpectedReport.All), MemberType = typeof(ExpectedReport))]
    public void Markdig_shows_the_title_once(ExpectedReport expected)
    {
        var doc = Run.Fixture(expected.Fixture);
        var pipeline = new MarkdownPipelineBuilder().UseFootnotes().UsePipeTables().UseYamlFrontMatter().Build();
        var page = HtmlLinks.Parse(Markdown.ToHtml(MarkdownReportWriter.Render(doc), pipeline));
        Assert.Equal(1, Occurrences(page.Body!.TextContent, doc.Metadata.Title!));
        Assert.Equal(doc.Metadata.Title, page.QuerySelector("h1")!.TextContent);
    }

    private static int Occurrences(string text, string phrase) => text.Split(phrase).Length - 1;
}
