using ReportPipeline.Model;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>The recovered tree of each fixture has the structure counted by hand.</summary>
public class TreeChecks
{
    [Theory]
    [MemberData(nameof(ExpectedReport.Inputs), MemberType = typeof(ExpectedReport))]
    public void Every_source_of_a_report_gives_the_tree_of_its_text(ExpectedReport expected, string input) =>
        TreeComparison.AssertSameContent(Run.Fixture(expected.Fixture), Run.Fixture(input), t => ExpectedReport.Comparable(t, input),
            ignoreStops: true);

    [Theory]
    [MemberData(nameof(ExpectedReport.Inputs), MemberType = typeof(ExpectedReport))]
    public void Tree_has_the_expected_structure(ExpectedReport expected, string input)
    {
        var doc = Run.Fixture(input);
        var headings = doc.Blocks.OfType<Heading>().ToList();
        Assert.Equal(expected.Language, doc.Metadata.Language);
        Assert.NotNull(doc.Metadata.Title);
        Assert.Equal(expected.Chapters, headings.Count(h => h.Level == 1));
        Assert.Equal(expected.Sections, headings.Count(h => h.Level == 2));
        Assert.Equal(expected.DeeperHeadings, headings.Count(h => h.Level > 2));
        Assert.Equal(expected.LeadSentences, doc.Blocks.OfType<Paragraph>().Count(p => p.HasLead));
        Assert.Equal(expected.Footnotes, doc.Footnotes.Count);
        Assert.Equal(expected.ListItems, doc.Blocks.OfType<ListBlock>().Sum(l => l.Items.Count));
        Assert.Equal(expected.Tables, doc.Blocks.OfType<Table>().Count());
        Assert.Equal(expected.SpanningHeader, doc.Blocks.OfType<Table>().Any(t => t.Header.Any(r => r.Cells.Any(c => c.ColumnSpan > 1))));

        var referenced = doc.FootnoteReferences().Select(r => r.FootnoteId).ToHashSet();
        Assert.Equal(doc.Footnotes.Select(f => f.Id).ToHashSet(), referenced);
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code.StartsWith("footnote", StringComparison.Ordinal));

        string text = string.Concat(doc.InlineRuns().Select(r => r.PlainText()));
        Assert.DoesNotContain(text, c => ReportPipeline.Structure.FootnoteMarkers.IsSuperscriptDigit(c));
        foreach (var phrase in expected.WholePhrases) Assert.Contains(ExpectedReport.Comparable(phrase, input), ExpectedReport.Comparable(text, input));
    }
}
