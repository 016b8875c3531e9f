using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Levels of PDF headings that carry no number, from how the page sets them; and what is no heading at all.</summary>
public class PdfHeadingLevelTests
{
    // A column from 108 to 504 pt of 12 pt text.
    private static readonly BodyGeometry Body = new(new Dictionary<int, (double, double)> { [0] = (108, 504) }, 13.5, 12);

    private static PdfParagraph Set(string text, double baseline, PdfCharStyle style = PdfCharStyle.None, double size = 12, double left = 108,
        bool spaceAbove = true) =>
        new(text, 1, style.HasFlag(PdfCharStyle.Bold), [new PdfLine(text, left, left + text.Length * size * 0.5, baseline, size,
            style.HasFlag(PdfCharStyle.Bold), 1, Styles: Enumerable.Repeat(style, text.Length).ToList())]) { SpaceAbove = spaceAbove };

    private static PdfParagraph Text(double baseline) => Set("The body text of the section says what it has to say here.", baseline, spaceAbove: false);

    private static List<(int Level, string Title)> Outline(params PdfParagraph[] flow) =>
        StructureRecovery.Recover(PdfCandidates.Build([.. flow], [], 12, geometry: Body)).Blocks.OfType<Heading>()
            .Select(h => (h.Level, h.Title.PlainText())).ToList();

    private const PdfCharStyle Bold = PdfCharStyle.Bold;
    private const PdfCharStyle BoldItalic = PdfCharStyle.Bold | PdfCharStyle.Italic;

    [Fact]
    // The set-in bold italic line is a look of its own: one level further.
    public void Unnumbered_headings_rank_by_how_they_are_set_in_the_order_each_look_first_appears()
    {
        var outline = Outline(
            Text(760),
            Set("INTRODUCTION", 740, Bold, size: 11, left: 72), Text(726),
            Set("FIRST PART OF THE LAW", 700, Bold, size: 11, left: 72), Text(686),
            Set("Amendments Made", 660, Bold, size: 13), Text(646),
            Set("Eligibility of Works", 620, BoldItalic), Text(606),
            Set("Restoration of Protection", 580, BoldItalic), Text(566),
            Set("Protection Systems", 540, Bold, size: 13), Text(526),
            Set("The General Approach", 500, BoldItalic, left: 144), Text(486));
        Assert.Equal([(1, "INTRODUCTION"), (1, "FIRST PART OF THE LAW"), (2, "Amendments Made"), (3, "Eligibility of Works"),
            (3, "Restoration of Protection"), (2, "Protection Systems"), (4, "The General Approach")], outline);
    }

    [Fact]
    public void Headings_of_one_look_stay_on_one_level()
    {
        var outline = Outline(Text(760), Set("Methods", 740, Bold), Text(726), Set("Results", 700, Bold), Text(686), Set("Discussion", 660, Bold), Text(646));
        Assert.All(outline, h => Assert.Equal(1, h.Level));
        Assert.Equal(3, outline.Count);
    }

    [Fact]
    public void A_centred_heading_ranks_with_flush_ones_of_its_size_and_weight()
    {
        // "References" is centred on the 108–504 measure: 10 letters at 6 pt each, 168 pt in from either edge.
        var outline = Outline(Text(760), Set("Background", 740, Bold), Text(726), Set("References", 700, Bold, left: 276), Text(686));
        Assert.Equal([(1, "Background"), (1, "References")], outline);
    }

    [Theory]
    [InlineData("December 1998")]
    [InlineData("March 4, 2021")]
    [InlineData("28 March 2023")]
    public void A_date_set_in_bold_on_a_line_of_its_own_is_no_heading(string date)
    {
        var outline = Outline(Text(760), Set(date, 740, Bold), Text(726), Set("Background", 700, Bold), Text(686));
        Assert.Equal([(1, "Background")], outline);
    }

    [Fact]
    public void A_long_bold_heading_right_over_its_first_subheading_is_set_apart_as_a_heading()
    {
        var outline = Outline(Text(760), Set("Circumvention of the Technological Protection Measures", 740, BoldItalic),
            Set("General approach", 720, Bold, left: 144), Text(706));
        Assert.Equal(["Circumvention of the Technological Protection Measures", "General approach"], outline.Select(h => h.Title));
    }
}
