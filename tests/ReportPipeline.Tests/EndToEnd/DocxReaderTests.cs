using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Readers.Docx;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>Word documents no one on the team wrote (shared/third-party/docx, copied into fixtures/third-party), and bad input.</summary>
public class DocxReaderTests
{
    private static ReportDocument Read(string name) =>
        new DocxReportReader().Read(File.ReadAllBytes(Repo.Fixture(Path.Combine("third-party", name))));

    private static List<string> References(ReportDocument d) =>
        d.FootnoteReferences().Select(r => r.FootnoteId).ToList();

    [Theory]
    [InlineData("notes.docx", 2)]
    [InlineData("mammoth-footnotes.docx", 2)]
    [InlineData("mammoth-endnotes.docx", 2)]
    [InlineData("mammoth-footnote-hyperlink.docx", 1)]
    [InlineData("sdt_in_footnote.docx", 1)]
    public void Footnotes_and_endnotes_are_linked_to_their_references(string name, int notes)
    {
        var d = Read(name);
        Assert.Equal(notes, d.Footnotes.Count);
        Assert.Equal(d.Footnotes.Select(f => f.Id).ToHashSet(), References(d).ToHashSet());
        Assert.All(d.Footnotes, f => Assert.NotEmpty(f.Content.PlainText().Trim()));
        Assert.Empty(d.Diagnostics);
    }

    [Fact]
    public void Pandocs_notes_document_matches_its_native_tree()
    {
        // notes.native: Header 2 "A footnote"; Para "Test footnote.[Note: My note.] Test endnote.[Note: This is an endnote …]"
        var d = Read("notes.docx");
        var heading = Assert.Single(d.Blocks.OfType<Heading>());
        Assert.Equal("A footnote", heading.Title.PlainText());
        Assert.Equal(2, heading.Level);
        Assert.Equal(["My note.", "This is an endnote at the end of the document."], d.Footnotes.Select(f => f.Content.PlainText()));
    }

    [Fact]
    public void Heading_styles_give_the_outline()
    {
        var headings = Read("headers.docx").Blocks.OfType<Heading>().ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6], headings.Take(6).Select(h => h.Level));
        Assert.Equal("A Test of Headers", headings[0].Title.PlainText());
    }

    [Fact]
    public void Field_codes_are_left_out_and_their_results_kept()
    {
        string text = string.Concat(Read("instrText_hyperlink.docx").InlineRuns().Select(r => r.PlainText()));
        Assert.DoesNotContain("HYPERLINK", text);
        Assert.Contains("Foundations of Analysis", text);
    }

    [Fact]
    public void A_two_row_header_keeps_its_merged_cells()
    {
        var table = Read("table_header_rowspan.docx").Blocks.OfType<Table>().Single();
        Assert.Equal(2, table.Header.Count);
        Assert.Contains(table.Header[0].Cells, c => c.RowSpan == 2);
        Assert.Contains(table.Header[0].Cells, c => c.ColumnSpan == 3);
        Assert.Equal(TableGrid.Build(table.Header).ColumnCount, TableGrid.Build(table.Body).ColumnCount);
    }

    [Fact]
    public void Merged_cells_match_doclings_expected_html()
    {
        var ours = Read("docling-word_tables.docx").Blocks.OfType<Table>()
            .Select(t => Spans(t.Header.Concat(t.Body).SelectMany(r => r.Cells).Select(c => (c.RowSpan, c.ColumnSpan)))).ToList();
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Repo.Fixture(Path.Combine("third-party", "docling-word_tables.expected.html"))));
        var theirs = page.QuerySelectorAll("table").Select(t => Spans(t.QuerySelectorAll("td, th").Select(c =>
            (int.Parse(c.GetAttribute("rowspan") ?? "1"), int.Parse(c.GetAttribute("colspan") ?? "1"))))).ToList();
        Assert.Equal(theirs, ours);
    }

    private static string Spans(IEnumerable<(int Rows, int Columns)> cells) =>
        string.Join(" ", cells.Where(c => c.Rows > 1 || c.Columns > 1).Select(c => $"{c.Rows}x{c.Columns}"));

    [Fact]
    public void Unstructured_tables_keep_row_and_column_spans()
    {
        var tables = Read("unstructured-docx-tables.docx").Blocks.OfType<Table>().ToList();
        Assert.NotEmpty(tables);
        Assert.Contains(tables.SelectMany(t => t.Header.Concat(t.Body)).SelectMany(r => r.Cells), c => c.RowSpan > 1);
        Assert.Contains(tables.SelectMany(t => t.Header.Concat(t.Body)).SelectMany(r => r.Cells), c => c.ColumnSpan > 1);
    }

    [Theory]
    [InlineData(new byte[] { 0x48, 0x65, 0x6C, 0x6C, 0x6F }, "not a zip")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "legacy")]
    public void Bad_files_are_refused_with_a_clear_message(byte[] content, string problem) =>
        Assert.Contains(problem, Assert.Throws<ReportReadException>(() => new DocxReportReader().Read(content)).Message);

    [Fact]
    public void A_password_protected_document_is_refused()
    {
        // An encrypted Office document is an OLE compound file holding an "EncryptionInfo" stream.
        byte[] content = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo")];
        Assert.Contains("password", Assert.Throws<ReportReadException>(() => new DocxReportReader().Read(content)).Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_refused()
    {
        var zip = Zip(("hello.txt", Encoding.UTF8.GetBytes("hi")));
        Assert.Contains("not a Word document", Assert.Throws<ReportReadException>(() => new DocxReportReader().Read(zip)).Message);
    }

    [Fact]
    public void A_document_that_unzips_too_large_is_refused_before_it_is_read()
    {
        var bomb = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[3 * 1024 * 1024]));
        Assert.True(bomb.Length < 100_000);
        var e = Assert.Throws<ReportReadException>(() => DocxPackageGuard.Check(bomb, maxUnzippedBytes: 1024 * 1024));
        Assert.Contains("unzips to 3", e.Message);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
                using (var entry = zip.CreateEntry(name).Open()) entry.Write(content);
        return stream.ToArray();
    }

    [Fact]
    public void The_word_writers_output_with_every_node_type_is_valid()
    {
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
            new MemoryStream(Run.Render(new ReportPipeline.Writers.Docx.DocxReportWriter(), Writers.AllNodes.Document)), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => e.Description)));
    }
}
