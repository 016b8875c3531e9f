using System.Text.RegularExpressions;
using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// Over the whole PDF corpus (every file the corpus judge reads): no heading and no note is made of a bare number. A
/// table's or a chart's figures read as text turn into such headings ("### -220", "## 23.6 24.1") and notes (a header
/// "10 20 … 100" as notes whose text is "0"); a careful reader never counts one.
/// </summary>
public partial class PdfCorpusNumberTests
{
    public static TheoryData<string> Files => [.. PdfCorpusJudgeTests.Bars.Keys];

    /// <summary>Figures only: digits, signs, stops, commas, percent signs, brackets and spaces.</summary>
    [GeneratedRegex(@"^[\s\d０-９.,，．%％()（）\[\]+\-−–—/:]*$")]
    private static partial Regex BareNumber();

    /// <summary>A title that opens with two decimal figures standing apart ("32.88 80.86 涨幅"): a row of figures.</summary>
    [GeneratedRegex(@"^[-+−]?\d+[.,]\d+%?\s+[-+−]?\d+[.,]\d+")]
    private static partial Regex FigureFirst();

    [Theory]
    [MemberData(nameof(Files))]
    public void No_heading_or_note_of_a_corpus_pdf_is_a_bare_number(string file)
    {
        var doc = new PdfReportReader().Read(File.ReadAllBytes(Repo.Fixture(file)));
        var headings = doc.Blocks.OfType<Heading>().Select(h => h.Title.PlainText().Trim()).ToList();
        Assert.DoesNotContain(headings, t => BareNumber().IsMatch(t));
        Assert.DoesNotContain(headings, t => FigureFirst().IsMatch(t));
        Assert.DoesNotContain(doc.Footnotes, f => BareNumber().IsMatch(f.Content.PlainText().Trim()));
    }
}
