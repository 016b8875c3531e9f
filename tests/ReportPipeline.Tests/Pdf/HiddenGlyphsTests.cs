using ReportPipeline.Readers.Pdf;
using UglyToad.PdfPig.Core;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Text drawn where no reader sees it: off the page, or invisible among drawn text (hand-made glyph boxes).</summary>
public class HiddenGlyphsTests
{
    private static readonly PdfRectangle Page = new(0, 0, 612, 792);

    private static HiddenGlyphs.Mark Drawn(string value, double left, bool invisible = false) =>
        new(value, new PdfRectangle(left, 700, left + 6, 710), invisible);

    [Fact]
    public void A_glyph_wholly_off_the_page_is_dropped_and_one_reaching_into_it_is_kept()
    {
        var marks = new[] { Drawn("a", 100), Drawn("z", 609), Drawn("y", 640), Drawn("x", -20) };
        Assert.Equal([true, true, false, false], HiddenGlyphs.Shown(marks, Page, PdfGlyphOptions.Default));
        // A page turned by /Rotate has its glyphs turned, not its box: no glyph is judged off it.
        Assert.All(HiddenGlyphs.Shown(marks, null, PdfGlyphOptions.Default), Assert.True);
    }

    [Fact]
    public void Invisible_letters_among_drawn_text_are_dropped_but_their_spaces_kept()
    {
        // A line of drawn text with a hidden key "zy" and an invisible space beside it.
        var marks = new[] { Drawn("A", 10), Drawn("i", 16), Drawn("r", 22), Drawn(" ", 28, invisible: true), Drawn("z", 34, invisible: true), Drawn("y", 40, invisible: true) };
        Assert.Equal([true, true, true, true, false, false], HiddenGlyphs.Shown(marks, Page, PdfGlyphOptions.Default));
        // Set to 0, all invisible text is read.
        Assert.All(HiddenGlyphs.Shown(marks, Page, PdfGlyphOptions.Default with { InvisibleTextShare = 0 }), Assert.True);
    }

    [Fact]
    public void An_ocr_layer_under_a_scanned_page_is_read()
    {
        // Most of the page's letters invisible (the OCR text under its picture), with a drawn page number.
        var marks = new[] { Drawn("T", 10, true), Drawn("h", 16, true), Drawn("e", 22, true), Drawn("7", 300) };
        Assert.All(HiddenGlyphs.Shown(marks, Page, PdfGlyphOptions.Default), Assert.True);
    }

    [Fact]
    public void The_invisible_text_share_is_set_from_an_options_file()
    {
        var options = ReportPipeline.Pipeline.ConversionOptionsFile.Parse("""{ "pdf": { "glyphs": { "invisibleTextShare": 0 } } }""");
        Assert.Equal(0, options.Pdf.Glyphs.InvisibleTextShare);
        Assert.Equal(0.5, ReportPipeline.Pipeline.ConversionOptions.Default.Pdf.Glyphs.InvisibleTextShare);
    }
}
