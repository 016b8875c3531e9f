using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Markdig;
using ReportPipeline.Model;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Json;
using ReportPipeline.Writers.Markdown;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Tests.Writers;

/// <summary>
/// A figure of several pictures under one caption (photographs in a grid, a chart's bars drawn as pictures): one node,
/// which every writer shows as one figure with all its pictures and the caption once, judged by readers not ours.
/// </summary>
public class FigureOfSeveralPicturesTests
{
    private static readonly SourceSpan At = SourceSpan.Line(1);

    private static readonly ResourceStore Store = ResourceStore.Empty
        .Add(AllNodes.Png, "image/png", out _).Add(AllNodes.BluePng, "image/png", out _);

    /// <summary>Two pictures without alt text of their own and a third with one, under one caption, between two paragraphs.</summary>
    private static readonly ReportDocument Document = new ReportDocument(
        new Metadata(null, null, null, null, "en"),
        [
            new Paragraph([], [new Text("Before the figure.")], At),
            new Figure([new FigureImage(AllNodes.PngKey, "", new ImageSize(30, 20)), new FigureImage(AllNodes.BluePngKey, "", new ImageSize(30, 20)),
                new FigureImage(AllNodes.PngKey, "A red dot again", new ImageSize(10, 10))], [new Text("Figure 7. Three dots.")], At),
            new Paragraph([], [new Text("After the figure.")], At),
        ],
        [], [], []) { Resources = Store };

    [Fact]
    public void A_picture_without_a_key_is_refused_by_the_tree_and_a_figure_without_pictures_is_not()
    {
        var broken = new Figure([new FigureImage("", "", null)], [new Text("Figure 1.")], At);
        Assert.Throws<ArgumentException>(() => new ReportDocument(new Metadata(null, null, null, null, "en"), [broken], [], [], []));
        var drawn = new Figure("", "", [new Text("Figure 2. A chart drawn with paths")], null, At);
        Assert.Empty(drawn.Images);
        Assert.Single(new ReportDocument(new Metadata(null, null, null, null, "en"), [drawn], [], [], []).Blocks);
    }

    [Fact]
    public void A_picture_without_alt_text_is_described_by_the_caption_and_its_place_among_the_pictures()
    {
        var figure = (Figure)Document.Blocks[1];
        Assert.Equal("Figure 7. Three dots. (2/3)", FigureAltText.Of(figure, 1));
        Assert.Equal("A red dot again", FigureAltText.Of(figure, 2));
        var single = new Figure(AllNodes.PngKey, "", [new Text("Figure 1. A dot")], null, At);
        Assert.Equal("Figure 1. A dot", FigureAltText.Of(single, 0));
    }

    [Fact]
    public void Html_shows_one_figure_holding_every_picture_and_the_caption_once()
    {
        var page = new HtmlParser().ParseDocument(Run.RenderText(new HtmlReportWriter(), Document));
        var figure = Assert.Single(page.QuerySelectorAll("figure"));
        Assert.Equal(3, figure.QuerySelectorAll("img").Length);
        Assert.Equal("Figure 7. Three dots.", Assert.Single(figure.QuerySelectorAll("figcaption")).TextContent);
        Assert.All(figure.QuerySelectorAll("img"), img => Assert.False(string.IsNullOrEmpty(img.GetAttribute("alt"))));
    }

    [Fact]
    public void Markdown_sets_the_pictures_in_one_paragraph_with_the_caption_under_them_and_reads_them_back_as_one_figure()
    {
        string md = MarkdownReportWriter.Render(Document);
        var page = new HtmlParser().ParseDocument(Markdown.ToHtml(md, new MarkdownPipelineBuilder().UseYamlFrontMatter().Build()));
        var paragraphs = page.QuerySelectorAll("p").ToList();
        Assert.Equal(["Before the figure.", "", "Figure 7. Three dots.", "After the figure."], paragraphs.Select(p => p.TextContent.Trim()));
        Assert.Equal(3, paragraphs[1].QuerySelectorAll("img").Length);

        var reread = Assert.Single(new ReportPipeline.Readers.Markdown.MarkdownReportReader().Read(System.Text.Encoding.UTF8.GetBytes(md)).Figures());
        Assert.Equal(3, reread.Images.Count);
        Assert.Equal("Figure 7. Three dots.", reread.Caption.PlainText());
    }

    [Fact]
    public void Word_sets_the_pictures_side_by_side_in_one_paragraph_over_one_caption()
    {
        using var package = Run.Docx(Document);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package));
        var paragraphs = package.BodyParagraphs();
        var pictures = Assert.Single(paragraphs, p => p.Descendants<W.Drawing>().Any());
        Assert.Equal(3, pictures.Descendants<W.Drawing>().Count());
        var caption = paragraphs[paragraphs.IndexOf(pictures) + 1];
        Assert.Equal("Caption", caption.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.Equal("Figure 7. Three dots.", caption.InnerText);
        Assert.Equal(2, package.MainDocumentPart.ImageParts.Count()); // the red dot used twice is stored once
    }

    [Fact]
    public void Json_lists_the_pictures_under_images_and_keeps_the_first_on_the_figure()
    {
        var json = JsonNode.Parse(Run.RenderText(new JsonReportWriter(), Document))!;
        var valid = EndToEnd.JsonChecks.Schema.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(json));
        Assert.True(valid.IsValid);
        var figure = json["blocks"]!.AsArray().Single(b => (string?)b!["type"] == "figure")!;
        var images = figure["images"]!.AsArray();
        Assert.Equal([AllNodes.PngKey, AllNodes.BluePngKey, AllNodes.PngKey], images.Select(i => (string?)i!["imageKey"]));
        Assert.Equal("A red dot again", (string?)images[2]!["alt"]);
        Assert.Equal(AllNodes.PngKey, (string?)figure["imageKey"]);
    }
}
