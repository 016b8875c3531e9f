using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportPipeline.Model;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// Third-party PDFs against what a reader counted by hand (<c>NAME.expected.json</c> beside each file, written from
/// pdftotext and the page images): title and byline, notes, tables with their shapes; and no heading is a bare number,
/// in the tree or in the Markdown.
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
        if ((string?)expected["authorContains"] is { } author) Assert.Contains(author, doc.Metadata.Author ?? "");
        if (expected["footnotes"] is { } notes)
        {
            Assert.Equal((int)notes, doc.Footnotes.Count);
            Assert.Equal(doc.Footnotes.Select(f => f.Id).ToHashSet(), doc.FootnoteReferences().Select(r => r.FootnoteId).ToHashSet());
        }
        if (expected["noteTexts"] is JsonArray noteTexts)
            foreach (var text in noteTexts)
                Assert.Contains(doc.Footnotes, f => f.Content.PlainText().Contains((string)text!, StringComparison.Ordinal));
        if (expected["tables"] is JsonArray tables)
        {
            var shapes = doc.Blocks.OfType<Table>().Select(t => (Rows: t.Header.Count + t.Body.Count, Columns: TableGrid.ColumnCountOf(t))).ToList();
            foreach (var table in tables)
                Assert.Contains(((int)table!["rows"]!, (int)table["columns"]!), shapes);
        }
        Assert.DoesNotContain(doc.Blocks.OfType<Heading>(), h => !h.Title.PlainText().Any(char.IsLetter));
        string markdown = Run.RenderText(new MarkdownReportWriter(), doc);
        Assert.DoesNotMatch(new Regex(@"^#{1,6} [-−–\d.,\s]+$", RegexOptions.Multiline), markdown);
    }
}
