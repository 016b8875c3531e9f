using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportPipeline.Model;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// Third-party PDFs against what a reader counted by hand (<c>NAME.expected.json</c> beside each file, written from
/// pdftotext and the page images): title and byline, notes, tables with their shapes, figures (every picture or drawn
/// chart a reader sees outside the page furniture, not a logo over the first page's title; pdfimages -list for the pictures) with the
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
        // A check named under "knownMisses" (with the reason a reader gave) is one the reader does not yet meet: it must
        // still fail, so that the day it passes the expectation is put back among the checks.
        var misses = expected["knownMisses"]?.AsObject().Select(m => m.Key).ToHashSet() ?? [];
        // Every check is run and every failure reported at once, so one file's whole state is read from one run.
        var failures = new List<string>();
        void Check(string key, Action check)
        {
            if (!expected.ContainsKey(key)) return;
            bool met;
            string why = "";
            try { check(); met = true; }
            catch (Xunit.Sdk.XunitException e) { met = false; why = e.Message; }
            if (misses.Contains(key) && met) failures.Add($"\"{key}\" is met now; take it out of knownMisses");
            if (!misses.Contains(key) && !met) failures.Add($"\"{key}\": {why}");
        }
        Check("titleContains", () => Assert.Contains((string)expected["titleContains"]!, doc.Metadata.Title ?? ""));
        Check("noTitle", () => Assert.Null(doc.Metadata.Title)); // a page with no title: its first paragraph is no title
        Check("subtitleContains", () => Assert.Contains((string)expected["subtitleContains"]!, doc.Metadata.Subtitle ?? ""));
        Check("authorContains", () => Assert.Contains((string)expected["authorContains"]!, doc.Metadata.Author ?? ""));
        Check("language", () => Assert.Equal((string)expected["language"]!, doc.Metadata.Language));
        Check("footnotes", () => Footnotes(expected, doc));
        Check("headings", () => Headings(expected, doc));
        Check("headingsInclude", () => HeadingsInclude(expected, doc));
        Check("headingsExclude", () => HeadingsExclude(expected, doc));
        Check("paragraphOpenings", () => ParagraphOpenings(expected, doc));
        Check("bold", () => Bold(expected, doc));
        Check("noteTexts", () => NoteTexts(expected, doc));
        Check("tables", () => Tables(expected, doc));
        Check("figures", () => Assert.Equal((int)expected["figures"]!, doc.Blocks.OfType<Figure>().Count()));
        Check("figureCaptions", () => FigureCaptions(expected, doc));
        Check("contentsPages", () => ContentsPages(expected, doc));
        // Text of another document on the report's page (a gazette's previous item above the title): kept apart from the report.
        Check("otherDocumentOpenings", () =>
        {
            var other = doc.Furniture.Where(f => f.Kind == FurnitureKind.OtherDocument).Select(f => f.Text).ToList();
            foreach (var opening in expected["otherDocumentOpenings"]!.AsArray())
                Assert.Contains(other, t => t.StartsWith((string)opening!, StringComparison.Ordinal));
        });
        Check("lineNumbers", () => Assert.Equal((int)expected["lineNumbers"]!, doc.Furniture.Count(f => f.Kind == FurnitureKind.LineNumber)));
        // readingOrder, and groups of passages kept apart so that a miss in one leaves the others checked: readingOrderJoined
        // (run on over a column's end, a figure or a line break), readingOrderUnderBox (columns round a box over some of them).
        foreach (var key in expected.Select(p => p.Key).Where(k => k.StartsWith("readingOrder", StringComparison.Ordinal)).ToList())
            Check(key, () => ReadingOrderOf(expected, doc, key));
        // Phrases as a reader reads them on the page (word spaces, separators, digits), each within one run of text.
        Check("textContains", () =>
        {
            var runs = doc.InlineRuns().Select(r => r.PlainText())
                .Concat([doc.Metadata.Title ?? "", doc.Metadata.Subtitle ?? "", doc.Metadata.Author ?? ""]).ToList();
            foreach (var phrase in expected["textContains"]!.AsArray())
                Assert.Contains(runs, r => r.Contains((string)phrase!, StringComparison.Ordinal));
        });
        Assert.True(failures.Count == 0, $"{expectation}:\n{string.Join("\n", failures)}");
        Assert.DoesNotContain(doc.Blocks.OfType<Heading>(), h => !h.Title.PlainText().Any(char.IsLetter));
        string markdown = Run.RenderText(new MarkdownReportWriter(), doc);
        Assert.DoesNotMatch(new Regex(@"^#{1,6} [-−–\d.,\s]+$", RegexOptions.Multiline), markdown);
    }

    private static void Footnotes(JsonObject expected, ReportDocument doc)
    {
        var notes = expected["footnotes"]!;
        {
            Assert.Equal((int)notes, doc.Footnotes.Count);
            // A note on the title ("…统计公报[1]") has nothing to point from: the title is metadata, plain text.
            // Notes gathered under "注：" that the text never points to stay unreferenced too ("notesUnreferenced").
            int onTitle = ((int?)expected["notesOnTitle"] ?? 0) + ((int?)expected["notesUnreferenced"] ?? 0);
            var referenced = doc.FootnoteReferences().Select(r => r.FootnoteId).ToHashSet();
            Assert.Equal(onTitle, doc.Footnotes.Count(f => !referenced.Contains(f.Id)));
            Assert.Subset(doc.Footnotes.Select(f => f.Id).ToHashSet(), referenced); // every reference finds its note
        }
    }

    private static void Headings(JsonObject expected, ReportDocument doc)
    {
        if (expected["headings"] is JsonArray headings)
        {
            // The outline as a reader lists it: each heading's level and its numbering and title, spaces left out.
            static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
            var outline = doc.Blocks.OfType<Heading>().Select(h => $"{h.Level} {Squeeze((h.Label ?? "") + h.PrintedTitle)}").ToList();
            Assert.Equal(headings.Select(h => $"{(int)h!["level"]!} {Squeeze((string)h["text"]!)}").ToList(), outline);
        }
    }

    private static void HeadingsInclude(JsonObject expected, ReportDocument doc)
    {
        if (expected["headingsInclude"] is JsonArray some)
        {
            // Headings a reader sees, where the whole outline is not written out: each stands as a heading, level aside.
            var titles = doc.Blocks.OfType<Heading>().Select(h => $"{h.Label} {h.PrintedTitle}".Trim()).ToList();
            foreach (var heading in some) Assert.Contains((string)heading!, titles);
        }
    }

    private static void HeadingsExclude(JsonObject expected, ReportDocument doc)
    {
        if (expected["headingsExclude"] is JsonArray none)
        {
            // Lines a reader does not take for headings (a bill's numbered clauses): no heading opens with them.
            var titles = doc.Blocks.OfType<Heading>().Select(h => $"{h.Label} {h.PrintedTitle}".Trim()).ToList();
            foreach (var opening in none) Assert.DoesNotContain(titles, t => t.StartsWith((string)opening!, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Passages in the order a careful reader reads them (down each column, a sidebar after the column it stands in, a
    /// paragraph run on into the next column joined), each found within one run of text after the one before.
    /// </summary>
    private static void ReadingOrderOf(JsonObject expected, ReportDocument doc, string key)
    {
        static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        var runs = doc.Blocks.SelectMany(b => b is Heading h ? [$"{h.Label}{h.PrintedTitle}"] : DocumentOrder.InlineRuns(b).Select(r => r.PlainText())).Select(Squeeze);
        string text = string.Join("\u0001", [Squeeze(doc.Metadata.Title ?? ""), Squeeze(doc.Metadata.Subtitle ?? ""), .. runs]);
        int at = 0;
        foreach (var passage in expected[key]!.AsArray())
        {
            string p = Squeeze((string)passage!);
            int found = text.IndexOf(p, at, StringComparison.Ordinal);
            Assert.True(found >= 0, text.Contains(p, StringComparison.Ordinal)
                ? $"\"{passage}\" is read before the passage above it" : $"\"{passage}\" is not read whole within one run of text");
            at = found + p.Length;
        }
    }

    private static void ParagraphOpenings(JsonObject expected, ReportDocument doc)
    {
        if (expected["paragraphOpenings"] is JsonArray openings)
        {
            // Paragraphs a reader sees open where they do (a numbered clause after the one before it).
            // A paragraph opens with its lead where it has one.
            var texts = doc.Blocks.SelectMany(b => b switch { Paragraph p => [p.Lead.PlainText() + p.Content.PlainText(), p.Content.PlainText()], Heading h => new[] { $"{h.Label} {h.PrintedTitle}".Trim() }, _ => [] }).ToList();
            foreach (var opening in openings) Assert.Contains(texts, t => t.StartsWith((string)opening!, StringComparison.Ordinal));
        }
    }

    private static void Bold(JsonObject expected, ReportDocument doc)
    {
        if (expected["bold"] is JsonArray bold)
        {
            // Bold leads: each stands as a paragraph's lead sentence or in a bold run.
            var runs = doc.Blocks.OfType<Paragraph>().Where(p => p.Lead.Count > 0).Select(p => p.Lead.PlainText())
                .Concat(doc.AllInlines().OfType<Strong>().Select(s => s.Content.PlainText())).ToList();
            foreach (var lead in bold)
                Assert.Contains(runs, r => r.Contains((string)lead!, StringComparison.Ordinal));
        }
    }

    private static void NoteTexts(JsonObject expected, ReportDocument doc)
    {
        if (expected["noteTexts"] is JsonArray noteTexts)
            foreach (var text in noteTexts)
                Assert.Contains(doc.Footnotes, f => f.Content.PlainText().Contains((string)text!, StringComparison.Ordinal));
        // Notes read whole and nothing more: text under the notes (a back cover's address) glued on fails these.
        if (expected["noteTextsWhole"] is JsonArray whole)
            foreach (var text in whole)
                Assert.Contains(doc.Footnotes, f => f.Content.PlainText().Trim() == (string)text!);
    }

    private static void Tables(JsonObject expected, ReportDocument doc)
    {
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
    }

    private static void FigureCaptions(JsonObject expected, ReportDocument doc)
    {
        if (expected["figureCaptions"] is JsonArray captions)
        {
            var ours = doc.Blocks.OfType<Figure>().Where(f => !f.Caption.IsEmpty).Select(f => f.Caption.PlainText()).ToList();
            Assert.Equal(captions.Count, ours.Count);
            foreach (var (want, got) in captions.Select(c => (string)c!).Zip(ours)) Assert.StartsWith(want, got);
        }
    }

    private static void ContentsPages(JsonObject expected, ReportDocument doc)
    {
        if (expected["contentsPages"] is JsonArray contents)
        {
            Assert.Equal(contents.Select(p => (int)p!), doc.Diagnostics.Where(d => d.Code == "pdf-contents-list").Select(d => d.Source!.Page!.Value));
            // No entry of the contents list (its dot leaders, its page numbers) reaches the outline or the body.
            Assert.DoesNotContain(doc.InlineRuns(), r => r.PlainText().Contains("........", StringComparison.Ordinal));
        }
    }
}
