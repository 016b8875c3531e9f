using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using PdfLine = ReportPipeline.Readers.Pdf.PdfLine;
using PdfPoint = UglyToad.PdfPig.Core.PdfPoint;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportPipeline.Tests.Pdf.Figures;

/// <summary>A PDF's own contents list (entries ending in page numbers) stays out of the body and the outline.</summary>
public class PdfContentsListTests
{
    private static PdfLine Row(string text, double y, int page = 1, double left = 60) => new(text, left, left + text.Length * 5, y, 10, false, page);

    [Fact]
    public void Entries_with_dot_leaders_are_a_contents_list_and_say_where_it_was()
    {
        var lines = new List<PdfLine>
        {
            Row("第一章 总则 .................... 1", 760), Row("第二章 预算编制 .................... 3", 740),
            Row("第三章 预算执行 .................... 7", 720), Row("附录 .................... 12", 700),
            Row("本报告由财政局编制。", 600),
        };
        var notes = new List<Diagnostic>();
        var kept = ContentsListDetector.Remove(lines, 2, PdfContentsOptions.Default, notes);
        Assert.Equal(["本报告由财政局编制。"], kept.Select(l => l.Text));
        var note = Assert.Single(notes);
        Assert.Equal(("pdf-contents-list", DiagnosticSeverity.Info, 2), (note.Code, note.Severity, note.Source!.Page));
        Assert.Contains("4 entries", note.Message);
    }

    [Fact]
    public void Under_a_contents_title_entries_need_no_leaders_and_a_wrapped_entry_goes_with_them()
    {
        var lines = new List<PdfLine>
        {
            Row("Contents", 780), Row("1", 760), Row("Scope 1", 760, left: 90), Row("2 Terms and definitions 2", 740),
            Row("3 Requirements for the storage and the", 720), Row("transport of cells 5", 706), Row("4 Tests 9", 690),
        };
        var kept = ContentsListDetector.Remove(lines, 1, PdfContentsOptions.Default, []);
        Assert.Empty(kept);
    }

    [Theory]
    [InlineData(false)] // numbers running back and forth: a table's last column, not page numbers
    [InlineData(true)] // no title and no leaders: a list of items with quantities
    public void Rows_ending_in_numbers_are_no_contents_list_without_its_signs(bool ordered)
    {
        var lines = new List<PdfLine>
        {
            Row("Apples 12", 760), Row("Pears " + (ordered ? "14" : "3"), 740), Row("Plums 30", 720), Row("Cherries " + (ordered ? "41" : "8"), 700),
        };
        if (!ordered) lines.Insert(0, Row("Contents", 780));
        var kept = ContentsListDetector.Remove(lines, 1, PdfContentsOptions.Default, []);
        Assert.Equal(ordered ? 4 : 5, kept.Count);
    }

    [Fact]
    public void A_contents_page_leaves_the_outline_to_the_real_headings()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var contents = builder.AddPage(595, 842);
        contents.AddText("Annual Budget Report", 24, new PdfPoint(60, 790), bold);
        contents.AddText("Contents", 16, new PdfPoint(60, 760), bold);
        string[] entries = ["1 Introduction", "2 Budget outturn", "3 Outlook"];
        for (int i = 0; i < entries.Length; i++)
            contents.AddText($"{entries[i]} ........................................ {i * 2 + 2}", 10, new PdfPoint(60, 720 - i * 20), font);
        for (int p = 0; p < entries.Length; p++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText(entries[p], 14, new PdfPoint(60, 760), bold);
            for (int i = 0; i < 5; i++)
                page.AddText("The year closed with revenue above the estimate and spending held within the approved limits" + (i == 4 ? "." : " and"),
                    10, new PdfPoint(60, 730 - i * 14), font);
        }
        var d = new PdfReportReader().Read(builder.Build());
        // The outline holds the chapters once each, in order (the title block takes the first chapter's line as its
        // subtitle, which is the title stage's to decide), and no contents entry.
        var headings = d.Blocks.OfType<Heading>().Select(h => ((h.Label ?? "") + " " + h.Title.PlainText()).Trim()).ToList();
        Assert.Equal(["2 Budget outturn", "3 Outlook"], headings.TakeLast(2));
        Assert.Equal(headings.Distinct(), headings);
        Assert.True(headings.Count <= 3);
        Assert.DoesNotContain("....", string.Concat(d.InlineRuns().Select(r => r.PlainText())));
        Assert.Contains(d.Diagnostics, x => x.Code == "pdf-contents-list" && x.Source?.Page == 1);
        Assert.Equal("Annual Budget Report", d.Metadata.Title);
    }
}
