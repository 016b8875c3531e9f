using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// The glyph stage on fonts that name a ligature by its last letter (fi read "i", Th read "h") and on a word space
/// coded as a tab: hand-made letters with the widths such a font draws.
/// </summary>
public class PdfLigatureWidthsTests
{
    private const string Font = "EDZEQQ+AGaramondPro-Regular";

    /// <summary>Letters of one font at 10 pt, each its usual width in a Garamond (f 2.9, i 2.6, T 5.9, h 5.2, e 4.0…).</summary>
    private static readonly Dictionary<char, double> Widths = new()
    {
        ['f'] = 2.9, ['i'] = 2.6, ['l'] = 2.5, ['T'] = 5.9, ['h'] = 5.2, ['e'] = 4.0, ['d'] = 5.1, ['r'] = 3.3, ['s'] = 3.2, ['t'] = 3.1, [' '] = 2.5,
    };

    private static List<DrawnLetter> Text(string text, string font = Font) =>
        [.. text.Select(c => new DrawnLetter(c.ToString(), Widths[c], font, 10))];

    private static string Read(IReadOnlyList<DrawnLetter> letters) =>
        string.Concat(PdfLigatureWidths.Read(letters, PdfGlyphOptions.Default));

    [Fact]
    public void A_letter_as_wide_as_fi_is_read_fi_where_the_font_names_it_i()
    {
        // "the first" drawn with the fi ligature mapped to "i": that glyph is 5.2 wide, where "i" is 2.6 and "f" 2.9.
        var letters = Text("life is fit ");
        letters.Add(new DrawnLetter("i", 5.3, Font, 10));
        letters.AddRange(Text("rst"));
        Assert.Equal("life is fit first", Read(letters));
    }

    [Fact]
    public void A_letter_as_wide_as_th_is_read_th_and_one_as_wide_as_ff_is_read_ff()
    {
        var letters = Text("The three fifths ");
        letters.Add(new DrawnLetter("h", 10.7, "ABCDEF+AGaramondPro-Regular-Identity-H", 10)); // the same face through another font object
        letters.AddRange(Text("e sifter di"));
        letters.Add(new DrawnLetter("f", 5.6, Font, 10));
        letters.AddRange(Text("ers"));
        Assert.Equal("The three fifths The sifter differs", Read(letters));
    }

    [Fact]
    public void A_wide_letter_that_fits_no_ligature_stays_as_drawn()
    {
        // 1.5 times an "i" but far from f + i (5.5): a letter of another cut, not a ligature.
        var letters = Text("this is it ");
        letters.Add(new DrawnLetter("i", 3.9, Font, 10));
        Assert.Equal("this is it i", Read(letters));
    }

    [Fact]
    public void A_letter_seen_too_seldom_or_in_another_face_is_not_judged()
    {
        // Two "i" only: no width to trust for it.
        var seldom = Text("if ");
        seldom.Add(new DrawnLetter("i", 5.3, Font, 10));
        seldom.AddRange(Text("rst"));
        Assert.Equal("if irst", Read(seldom));
        // The usual widths are those of the wide letter's own face and size: a bold face's "i" says nothing of it.
        var otherFace = Text("iii fff", "ABCDEF+AGaramondPro-Bold");
        otherFace.Add(new DrawnLetter("i", 5.3, Font, 10));
        Assert.Equal("iii fffi", Read(otherFace));
    }

    [Fact]
    public void The_check_can_be_turned_off()
    {
        var letters = Text("life is fit ");
        letters.Add(new DrawnLetter("i", 5.3, Font, 10));
        Assert.Equal("life is fit i", string.Concat(PdfLigatureWidths.Read(letters, PdfGlyphOptions.Default with { LigatureWidthRatio = 0 })));
    }

    [Theory]
    [InlineData("EDZEQQ+AGaramondPro-Regular-Identity-H", "AGaramondPro-Regular")]
    [InlineData("AGaramondPro-Regular", "AGaramondPro-Regular")]
    [InlineData("Ryumin-Light-Identity-V", "Ryumin-Light")]
    public void A_face_is_its_font_name_without_subset_tag_or_encoding(string font, string face) =>
        Assert.Equal(face, PdfLigatureWidths.Face(font));

    [Theory]
    [InlineData("\t")]
    [InlineData("\r\n")]
    public void A_glyph_coded_as_a_tab_or_line_break_is_a_word_space(string glyph) =>
        Assert.Equal(" ", PdfGlyphCleaner.Printable(glyph, PdfGlyphOptions.Default));

    [Fact]
    public void Words_set_apart_by_tab_coded_spaces_stay_apart_on_the_line()
    {
        var glyphs = new List<PdfGlyph>();
        double x = 100;
        foreach (var c in "disease\tand\t5.7%")
        {
            double w = c == '\t' ? 2.5 : 4.5;
            glyphs.Add(new PdfGlyph(c.ToString(), x, x + w, 700, 10, false));
            x += w;
        }
        var line = Assert.Single(PdfLineBuilder.Build(PdfGlyphCleaner.Clean(glyphs, PdfGlyphOptions.Default), 1, PdfLineOptions.Default));
        Assert.Equal("disease and 5.7%", line.Text);
    }
}
