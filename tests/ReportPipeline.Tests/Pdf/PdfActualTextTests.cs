using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Marked-content spans' /ActualText put in place of what the fonts' codes read (hand-made spans).</summary>
public class PdfActualTextTests
{
    [Fact]
    public void A_span_s_actual_text_replaces_the_letters_it_draws_one_for_one()
    {
        // "out of" drawn with a capital whose font names it "o", in a span saying "O".
        var values = new[] { "o", "u", "t", " ", "o", "f" };
        Assert.Equal(["O", "u", "t", " ", "o", "f"], PdfActualText.Apply(values, [([0], "O")]));
    }

    [Fact]
    public void A_span_drawing_fewer_or_more_letters_than_its_text_gives_its_text_to_the_first()
    {
        // A ligature drawn as one glyph named "i", meant "fi"; a word drawn in three pieces meant "ON".
        Assert.Equal(["fi", "r", "s", "t"], PdfActualText.Apply(["i", "r", "s", "t"], [([0], "fi")]));
        Assert.Equal(["ON", "", ""], PdfActualText.Apply(["O", "|", "N"], [([0, 1, 2], "ON")]));
    }

    [Fact]
    public void Spacing_spans_and_spans_that_say_what_is_drawn_change_nothing()
    {
        var values = new[] { " ", "A", "B" };
        // A space drawn in a span saying U+00A0 or a bell character, and a span repeating its letters.
        Assert.Equal(values, PdfActualText.Apply(values, [([0], "\u00a0"), ([0], "\u0007"), ([1, 2], "AB"), ([], "X")]));
        // A span whose drawn letters hold a space is spacing inside text: left as drawn.
        Assert.Equal(values, PdfActualText.Apply(values, [([0, 1], "XY")]));
    }
}
