using ReportPipeline.Model;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Structure;

/// <summary>English editions: titles run in with their paragraph, and headings longer than a Chinese heading would be.</summary>
public class LatinHeadingTests
{
    [Fact]
    public void A_latin_run_in_title_is_split_from_its_paragraph()
    {
        var doc = Run.FromText("Members of the Council:\n\n2. Non-tax revenue. Fees for permits rose by 8.7 percent, as building recovered.");
        Assert.Collection(doc.Blocks.Skip(1),
            b => Assert.Equal("Non-tax revenue", Assert.IsType<Heading>(b).Title.PlainText()),
            b => Assert.Equal("Fees for permits rose by 8.7 percent, as building recovered.", Assert.IsType<Paragraph>(b).Content.PlainText()));
    }

    [Fact]
    public void A_latin_first_sentence_with_a_comma_is_not_a_run_in_title()
    {
        var doc = Run.FromText("Members of the Council:\n\n1. Revenue rose, and spending fell. The reserve was kept.");
        Assert.Empty(doc.Blocks.OfType<Heading>());
    }

    [Fact]
    public void A_latin_heading_may_be_longer_than_a_chinese_one()
    {
        var doc = Run.FromText("Members of the Council:\n\nIII. Implementation of the Resolutions of the County People's Congress\n\nWe kept to a frugal budget.");
        Assert.Equal("Implementation of the Resolutions of the County People's Congress", doc.Single<Heading>().Title.PlainText());
    }

    [Fact]
    public void A_long_numbered_latin_line_with_clause_punctuation_stays_a_paragraph()
    {
        var doc = Run.FromText("Members of the Council:\n\n1. not a list, not emphasis, not a link, not a tag and not a pipe either");
        Assert.Empty(doc.Blocks.OfType<Heading>());
    }
}
