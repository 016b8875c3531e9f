using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Docx;
using M = ReportPipeline.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;
using FootnoteReference = DocumentFormat.OpenXml.Wordprocessing.FootnoteReference;
using TestRun = ReportPipeline.Tests.Support.Run;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>The Word file as the OpenXml SDK reads it back, and as its validator judges it.</summary>
public class DocxChecks
{
    [Theory]
    [MemberData(nameof(ExpectedReport.Inputs), MemberType = typeof(ExpectedReport))]
    public void Word_file_is_valid_and_has_the_full_structure(ExpectedReport expected, string input)
    {
        var doc = TestRun.Fixture(input);
        using var package = WordprocessingDocument.Open(new MemoryStream(TestRun.Render(new DocxReportWriter(), doc)), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));

        var body = package.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().ToList();
        string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Equal(doc.Metadata.Title, paragraphs.Single(p => StyleOf(p) == "Title").InnerText);
        Assert.Equal(doc.Metadata.Title, package.PackageProperties.Title);
        Assert.Equal(expected.Chapters, paragraphs.Count(p => StyleOf(p) == "Heading1"));
        Assert.Equal(expected.Sections, paragraphs.Count(p => StyleOf(p) == "Heading2"));

        var leads = paragraphs.Where(p => StyleOf(p) == "BodyText" && p.Elements<Run>().FirstOrDefault()?.RunProperties?.Bold is not null)
            .Select(p => string.Concat(p.Elements<Run>().TakeWhile(r => r.RunProperties?.Bold is not null).Select(r => r.InnerText)));
        Assert.Equal(doc.Blocks.OfType<M.Paragraph>().Where(p => p.HasLead).Select(p => M.InlineText.PlainText(p.Lead)), leads);

        var references = body.Descendants<FootnoteReference>().Select(r => r.Id!.Value).ToList();
        var notes = package.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).ToList();
        Assert.Equal(expected.Footnotes, references.Count);
        Assert.Equal(references.Order(), notes.Select(n => n.Id!.Value).Order());
        Assert.All(notes, n => Assert.Single(n.Descendants<FootnoteReferenceMark>()));
        Assert.Equal(doc.Footnotes.Select(f => M.InlineText.PlainText(f.Content)).Order(), notes.Select(n => n.InnerText.Trim()).Order());

        Assert.Equal(expected.ListItems, paragraphs.Count(p => p.ParagraphProperties?.NumberingProperties is not null));
        var table = Assert.Single(body.Elements<Table>());
        Assert.NotNull(table.Descendants<TableHeader>().FirstOrDefault());
        if (expected.SpanningHeader)
        {
            Assert.Contains(table.Descendants<GridSpan>(), g => g.Val!.Value > 1);
            Assert.Contains(table.Descendants<VerticalMerge>(), v => v.Val?.Value == MergedCellValues.Restart);
        }

        string text = body.InnerText;
        Assert.DoesNotContain(text, c => ReportPipeline.Structure.FootnoteMarkers.IsSuperscriptDigit(c));
        foreach (var phrase in expected.WholePhrases) Assert.Contains(ExpectedReport.Comparable(phrase, input), ExpectedReport.Comparable(text, input));
        Assert.NotNull(body.GetFirstChild<SectionProperties>()?.GetFirstChild<FooterReference>());
    }
}
