using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>
/// The seed in the text layouts people really have (made by scripts/make-seed-variants.py) gives the seed's own tree:
/// the same metadata, blocks and footnotes, whatever the encoding, paragraph layout, marker style or place of the notes.
/// </summary>
public class TextLayoutTests
{
    [Theory]
    [InlineData("gb18030.txt")]
    [InlineData("utf8-bom-crlf.txt")]
    [InlineData("utf16.txt")]
    [InlineData("indented.txt")]
    [InlineData("circled.txt")]
    [InlineData("bracketed.txt")]
    public void A_variant_gives_the_seeds_tree(string variant) =>
        TreeComparison.AssertSameContent(Run.Fixture(ExpectedReport.Seed.Fixture), Run.Fixture(Path.Combine("variants", variant)));
}
