using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportPipeline.Model;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// Third-party PDFs against what a reader counted by hand (<c>NAME.expected.json</c> beside each file, written from
/// pdftotext and the page images): title and byline, notes, tables with their shapes, figures (every picture or drawn
/// chart a reader sees outside the page furniture, a cover's logo included; pdfimages -list for the pictures) with the
/// openings of their captions, the pages holding a contents list; and no heading is a bare number, in the tree or in the
/// Markdown.
/// </summary>
public class PdfExpectationTests
{
    public static TheoryData<string> Files => [.. Directory.EnumerateFiles(Repo.Fixture("third-party"), "*.expected.json", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Repo.Fixture(""), f)).Where(f => File.Exists(Repo.Fixture(f.Replace(".expected.json", ".pdf")))).Order()];

    [Theory]
    [MemberData(nameof(Files))]
    public void A_third_party_pdf_has_the_structure_counted_by_hand(string expectation)
    {
        var expected = JsonNode.Parse(File.ReadAllText(Repo.Fixture(expectation)))!.AsObject();
        var doc = Run.Fixture(expectation.Replace(".expected.json", ".pdf"));
        if ((string?)expected["titleContains"] is { } title) Assert.Contains(title, doc.Metadata.Title ?? "");
        if ((string?)expected["subtitleContains"] is { } subtitle) Assert.Contains(subtitle, doc.Metadata.Subtitle ?? "");
        if ((string?)expected["authorContains"] is { } author) Assert.Contains(author, doc.Metadata.Author ?? "");
        if (expected["footnotes"] is { } notes)
        {
            Assert.Equal((int)notes, doc.Footnotes.Count);
            // A note on the title ("…统计公报[1]") has nothing to point from: the title is metadata, plain text.
            int onTitle = (int?)expected["notesOnTitle"] ?? 0;
            var referenced = doc.FootnoteReferences().Select(r => r.FootnoteId).ToHashSet();
            Assert.Equal(onTitle, doc.Footnotes.Count(f => !referenced.Contains(f.Id)));
            Assert.Subset(doc.Footnotes.Select(f => f.Id).ToHashSet(), referenced); // every reference finds its note
        }
        if (expected["headings"] is JsonArray headings)
        {
            // The outline as a reader lists it: each heading's level and its numbering and title, spaces left out.
            static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
            var outline = doc.Blocks.OfType<Heading>().Select(h => $"{h.Level} {Squeeze((h.Label ?? "") + h.Title.PlainText())}").ToList();
            Assert.Equal(headings.Select(h => $"{(int)h!["level"]!} {Squeeze((string)h["text"]!)}").ToList(), outline);
        }
        if (expected["bold"] is JsonArray bold)
        {
            // Bold leads: each stands as a paragraph's lead sentence or in a bold run.
            var runs = doc.Blocks.OfType<Paragraph>().Where(p => p.Lead.Count > 0).Select(p => p.Lead.PlainText())
                .Concat(doc.AllInlines().OfType<Strong>().Select(s => s.Content.PlainText())).ToList();
            foreach (var lead in bold)
                Assert.Contains(runs, r => r.Contains((string)lead!, StringComparison.Ordinal));
        }
        if (expected["noteTexts"] is JsonArray noteTexts)
            foreach (var text in noteTexts)
                Assert.Contains(doc.Footnotes, f => f.Content.PlainText().Contains((string)text!, StringComparison.Ordinal));
        if (expected["tables"] is JsonArray tables)
        {
            // Each table's rows × columns; where the hand count gives them, its header rows too.
            var shapes = doc.Blocks.OfType<Table>().Select(t => (Rows: t.Header.Count + t.Body.Count, Columns: TableGrid.ColumnCountOf(t), Header: t.Header.Count)).ToList();
            foreach (var table in tables)
            {
                int rows = (int)table!["rows"]!, columns = (int)table["columns"]!;
                int? header = (int?)table["headerRows"];
                Assert.True(shapes.Any(s => s.Rows == rows && s.Columns == columns && (header is null || s.Header == header)),
                    $"no table of {rows} × {columns}{(header is null ? "" : $" with {header} header rows")}; found {string.Join(", ", shapes.Select(s => $"{s.Rows} × {s.Columns} ({s.Header})"))}");
            }
        }
        if (expected["figures"] is { } figures) Assert.Equal((int)figures, doc.Blocks.OfType<Figure>().Count());
        if (expected["figureCaptions"] is JsonArray captions)
        {
            var ours = doc.Blocks.OfType<Figure>().Where(f => !f.Caption.IsEmpty).Select(f => f.Caption.PlainText()).ToList();
            Assert.Equal(captions.Count, ours.Count);
            foreach (var (want, got) in captions.Select(c => (string)c!).Zip(ours)) Assert.StartsWith(want, got);
        }
        if (expected["contentsPages"] is JsonArray contents)
        {
            Assert.Equal(contents.Select(p => (int)p!), doc.Diagnostics.Where(d => d.Code == "pdf-contents-list").Select(d => d.Source!.Page!.Value));
            // No entry of the contents list (its dot leaders, its page numbers) reaches the outline or the body.
            Assert.DoesNotContain(doc.InlineRuns(), r => r.PlainText().Contains("........", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(doc.Blocks.OfType<Heading>(), h => !h.Title.PlainText().Any(char.IsLetter));
        string markdown = Run.RenderText(new MarkdownReportWriter(), doc);
        Assert.DoesNotMatch(new Regex(@"^#{1,6} [-−–\d.,\s]+$", RegexOptions.Multiline), markdown);
    }
}
