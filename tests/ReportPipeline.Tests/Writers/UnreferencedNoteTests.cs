using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Markdig;
using ReportPipeline.Model;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Markdown;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Tests.Writers;

/// <summary>
/// A note nothing cites (on the title or a byline, which are metadata; an unmarked foot note) is shown by Word and
/// Markdown too: Word and CommonMark show a footnote only from its reference, so such notes close the body, each
/// opening with its marker as printed.
/// </summary>
public class UnreferencedNoteTests
{
    private static readonly SourceSpan At = SourceSpan.Line(1);

    private static readonly ReportDocument Document = new(
        new Metadata("A journal article", null, "Jane Roe", null, "en"),
        [new Paragraph([], [new Text("Cited here"), new FootnoteReference("n1"), new Text(".")], At)],
        [
            new Footnote("n1", "1", [new Text("2. A cited note opening with a number.")], At),
            new Footnote("s", "*", [new Text("Author's note: the byline's star.")], At),
            new Footnote("u", "", [new Text("Received: 2024-01-30.")], At),
        ],
        [], []);

    [Fact]
    public void Markdown_sets_out_notes_nothing_cites_after_a_closing_rule()
    {
        string md = MarkdownReportWriter.Render(Document);
        Assert.Contains("___\n\n\\* Author's note: the byline's star.\n\nReceived: 2024-01-30.\n", md);
        Assert.Contains("[^1]: 2\\. A cited note", md);
        Assert.DoesNotContain("[^2]", md);

        var page = HtmlLinks.Parse(Markdown.ToHtml(md, new MarkdownPipelineBuilder().UseFootnotes().UseYamlFrontMatter().Build()));
        var hr = page.QuerySelector("body > hr");
        Assert.NotNull(hr);
        Assert.Equal(["* Author's note: the byline's star.", "Received: 2024-01-30."],
            page.QuerySelectorAll("body > hr ~ p").Select(p => p.TextContent));
        // The cited note's "2." is text, not a list in the note.
        Assert.Empty(page.QuerySelectorAll(".footnotes li ol"));
        Assert.Equal(1, HtmlLinks.FootnotesLinkBothWays(page, "a.footnote-ref", "a.footnote-back-ref"));
    }

    [Fact]
    public void Word_closes_the_body_with_notes_nothing_cites_in_the_note_style()
    {
        using var package = Run.Docx(Document);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package));
        var paragraphs = package.BodyParagraphs();
        Assert.Equal(["* Author's note: the byline's star.", "Received: 2024-01-30."],
            paragraphs.TakeLast(2).Select(p => p.InnerText));
        Assert.All(paragraphs.TakeLast(2), p => Assert.Equal("FootnoteText", p.ParagraphProperties?.ParagraphStyleId?.Val?.Value));
        var notes = package.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<W.Footnote>().Where(f => f.Id!.Value > 0).ToList();
        Assert.Equal("2. A cited note opening with a number.", Assert.Single(notes).InnerText.Trim());
    }

    [Fact]
    public void A_document_whose_notes_are_all_cited_has_no_closing_rule()
    {
        var cited = Document with { Footnotes = Document.Footnotes.Take(1).ToValueList() };
        Assert.DoesNotContain("___", MarkdownReportWriter.Render(cited));
    }
}
