using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Markdig;
using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Json;
using ReportPipeline.Writers.Markdown;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// Over the PDF corpus: every note the reader found reaches every output with its text, as readers that do not trust ours
/// see them. JSON lists it; the HTML's notes section (AngleSharp) holds it; the Markdown, rendered by Markdig and by
/// pandoc (typographic quotes off, so the text is compared as written), shows it after the body's closing rule (a
/// footnote, or a note nothing cites set out as printed); the Word file, valid to the OpenXml validator, holds it as a
/// native footnote or as a note paragraph closing the body. A note on a title or a byline (metadata, which cannot point
/// to it) and an unmarked foot note are counted like any other.
/// </summary>
public class PdfNotesInEveryOutputTests
{
    /// <summary>Every third-party PDF: the judge's corpus and the files with hand-written expectations.</summary>
    public static TheoryData<string> Files => [.. Directory.EnumerateFiles(Repo.Fixture("third-party"), "*.pdf", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Repo.Fixture(""), f).Replace('\\', '/')).Order()];

    private static readonly MarkdownPipeline Markdig = new MarkdownPipelineBuilder().UseFootnotes().UsePipeTables().UseYamlFrontMatter().Build();

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_note_of_a_corpus_pdf_reaches_every_output(string file)
    {
        var doc = new PdfReportReader().Read(File.ReadAllBytes(Repo.Fixture(file)));
        var notes = doc.Footnotes.Select(f => Squeeze(f.Content.PlainText())).ToList();

        var json = JsonNode.Parse(Run.RenderText(new JsonReportWriter(), doc))!;
        Assert.Equal(notes, (json["footnotes"]?.AsArray() ?? []).Select(n => Squeeze(PlainOf(n!["content"]))).ToList());

        var html = HtmlLinks.Parse(Run.RenderText(new HtmlReportWriter(), doc));
        var items = html.QuerySelectorAll("section[role=doc-endnotes] li").Select(li => Squeeze(li.TextContent)).ToList();
        AssertEachOnce(file, "HTML", notes, items);

        string markdown = MarkdownReportWriter.Render(doc);
        AssertEachOnce(file, "Markdown (Markdig)", notes, AfterClosingRule(Markdown.ToHtml(markdown, Markdig)));
        if (Tools.Available("pandoc"))
            AssertEachOnce(file, "Markdown (pandoc)", notes, AfterClosingRule(Tools.Run("pandoc", "-f commonmark_x-smart -t html5", markdown)), repeats: true);
        else Tools.RequireInCI("pandoc");

        using var package = Run.Docx(doc);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        var footnotes = package.MainDocumentPart!.FootnotesPart?.Footnotes?.Elements<W.Footnote>().Where(f => f.Id!.Value > 0)
            .Select(f => Squeeze(f.InnerText)) ?? [];
        var noteParagraphs = package.MainDocumentPart.Document!.Body!.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "FootnoteText").Select(p => Squeeze(p.InnerText));
        AssertEachOnce(file, "Word", notes, [.. footnotes, .. noteParagraphs]);
    }

    /// <summary>
    /// Each note's text within its own entry of the output, and no entry that is no note. pandoc gives a note cited
    /// twice once per reference (its notes are inline), so there a note may fill more than one entry.
    /// </summary>
    private static void AssertEachOnce(string file, string output, List<string> notes, List<string> entries, bool repeats = false)
    {
        string Short(string s) => s[..Math.Min(40, s.Length)];
        var left = new List<string>(entries);
        foreach (var note in notes)
        {
            int at = left.FindIndex(e => e.Contains(note, StringComparison.Ordinal));
            Assert.True(at >= 0, $"{file}: the {output} lacks the note \"{Short(note)}\"");
            left.RemoveAt(at);
        }
        if (repeats) left.RemoveAll(e => notes.Any(n => e.Contains(n, StringComparison.Ordinal)));
        Assert.True(left.Count == 0, $"{file}: the {output} has entries that are no note: {string.Join(" | ", left.Select(Short))}");
    }

    /// <summary>
    /// The notes of rendered Markdown: after the first rule (the writer's own closing rule, or the footnotes' one), each
    /// paragraph outside the footnotes list and each footnote.
    /// </summary>
    private static List<string> AfterClosingRule(string html)
    {
        var elements = HtmlLinks.Parse(html).QuerySelectorAll("*").ToList();
        int rule = elements.FindIndex(e => e.LocalName == "hr");
        if (rule < 0) return [];
        var after = elements.Skip(rule + 1).ToList();
        var paragraphs = after.Where(e => e.LocalName == "p" && e.Closest("li") is null);
        var footnotes = after.Where(e => e.LocalName == "li" && e.Closest(".footnotes") is not null);
        return [.. paragraphs.Select(p => Squeeze(p.TextContent)), .. footnotes.Select(li => Squeeze(li.TextContent))];
    }

    private static string PlainOf(JsonNode? node) => node switch
    {
        JsonArray a => string.Concat(a.Select(PlainOf)),
        JsonObject o when (string?)o["type"] == "text" => (string)o["value"]!,
        JsonObject o => PlainOf(o["content"]),
        _ => "",
    };
}
