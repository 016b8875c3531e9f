using ReportPipeline.Model;

namespace ReportPipeline.Tests.Pdf;

/// <summary>The corpus judge's own rules, on hand-made inputs.</summary>
public class PdfTextJudgeTests
{
    [Fact]
    public void The_in_order_judge_leaves_out_the_readers_tables_from_both_texts_and_nothing_else()
    {
        static ValueList<Inline> T(string s) => ValueList.Create<Inline>([new Text(s)]);
        var table = new Table(T(""), [new TableRow([new TableCell(T("cellone")), new TableCell(T("celltwo"))])], [],
            SourceSpan.OnPage(1, new PageBox(100, 400, 300, 450)));
        var spread = table with { Source = SourceSpan.OnPage(1, null, 2) };
        var document = new ReportDocument(Metadata.Empty with { Language = "en" },
            [new Paragraph([], T("before the table"), SourceSpan.OnPage(1)), table, new Paragraph([], T("after the table"), SourceSpan.OnPage(1)), spread],
            [], [], []);
        // pdftotext's words: a line above the table, the table read column-wise, a line under it.
        List<List<PdfWordBox>> words = [[new("before", 100, 500, 140, 510), new("celltwo", 220, 420, 260, 430), new("cellone", 110, 420, 150, 430), new("after", 100, 300, 130, 310)]];
        var (reference, ours) = PdfTextJudge.OrderReference(document, words);
        Assert.Equal("before after", reference);
        Assert.Contains("before the table", ours);
        Assert.Contains("after the table", ours);
        // A table over two pages has no box: it stays in our text (and its words in pdftotext's).
        Assert.Single(ours.Split('\n'), l => l == "cellone");
    }

    [Fact]
    public void A_page_number_left_in_the_body_is_counted_by_its_value_and_a_running_head_with_its_digits_masked()
    {
        string[] pages = ["Annual report 2024\nFirst page text.\n85\nMore text.\n1", "Annual report 2024\nSecond page text.\n- 2 -"];
        // The page numbers ("1", "- 2 -" as "— 2 —") and the running head are counted; a table's bare "85" is no page number.
        Assert.Equal(3, PdfTextJudge.FurnitureInBody(["1", "— 2 —", "Annual report 2025", "First page text."], pages));
        Assert.Equal(0, PdfTextJudge.FurnitureInBody(["85", "642", "Second page text."], pages));
    }
}
