using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>The glyph, word, line-join and page stages of the PDF reader on small hand-made pages.</summary>
public class PdfGlyphStageTests
{
    private static IEnumerable<PdfGlyph> Word(string text, double left, double baseline, double size, bool bold = false) =>
        text.Select((c, i) => new PdfGlyph(c.ToString(), left + i * size, left + (i + 1) * size, baseline, size, bold));

    private static PdfLine Line(IEnumerable<PdfGlyph> glyphs) =>
        Assert.Single(PdfLineBuilder.Build(PdfGlyphCleaner.Clean(glyphs.ToList(), PdfGlyphOptions.Default), 1, PdfLineOptions.Default));

    [Fact]
    public void A_glyph_drawn_again_at_nearly_the_same_place_is_kept_once_and_bold()
    {
        var once = Word("第一章", 100, 700, 16).ToList();
        var overprinted = once.Concat(once.Select(g => g with { Left = g.Left + 0.4, Right = g.Right + 0.4 }))
            .Concat(once.Select(g => g with { Baseline = g.Baseline + 0.3 })).Concat(Word("正文", 148, 700, 16));
        var line = Line(overprinted);
        Assert.Equal("第一章正文", line.Text);
        Assert.Equal([new PdfRun("第一章", true, false), new PdfRun("正文", false, false)], line.Runs);
    }

    [Fact]
    public void A_real_double_letter_a_whole_advance_away_stays() =>
        Assert.Equal("ll", Line(Word("ll", 100, 700, 10)).Text);

    [Theory]
    [InlineData("\u0001", "")]
    [InlineData("\u0085", "")]
    [InlineData("\u00AD", "")]
    [InlineData("\u200B", "")]
    [InlineData("ﬂ", "fl")]
    [InlineData("ﬃ", "ffi")]
    [InlineData("，", "，")]
    [InlineData("２", "２")]
    [InlineData("（", "（")]
    public void Non_printing_characters_go_and_only_latin_ligatures_are_expanded(string glyph, string expected) =>
        Assert.Equal(expected, PdfGlyphCleaner.Printable(glyph, PdfGlyphOptions.Default));

    [Theory]
    [InlineData("ABCDEF+SimHei", true)]
    [InlineData("Arial-BoldMT", true)]
    [InlineData("NotoSansCJKsc-Black", true)]
    [InlineData("FZHei-B01", true)]
    [InlineData("MyFont,Bold", true)]
    [InlineData("KoPub-B", true)]
    [InlineData("黑体", true)]
    [InlineData("ABCDEF+SimSun", false)]
    [InlineData("TimesNewRomanPSMT", false)]
    [InlineData("Baskerville", false)]
    public void Bold_is_read_from_the_font_name(string name, bool bold) => Assert.Equal(bold, FontStyle.IsBoldName(name));

    [Fact]
    public void Word_spaces_are_inferred_on_a_row_without_space_glyphs_even_where_other_rows_draw_them()
    {
        // Row 1 draws its spaces; row 2 (letters 6 wide, words 3 apart) draws none.
        var drawn = Word("one", 100, 700, 6).Append(new PdfGlyph(" ", 118, 121, 700, 6, false)).Concat(Word("two", 121, 700, 6));
        var undrawn = Word("small", 100, 680, 6).Concat(Word("cats", 133, 680, 6));
        var lines = PdfLineBuilder.Build(drawn.Concat(undrawn), 1, PdfLineOptions.Default);
        Assert.Equal(["one two", "small cats"], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_space_glyph_ending_a_row_says_the_line_breaks_between_words()
    {
        var lines = PdfLineBuilder.Build(Word("가나", 100, 700, 10).Append(new PdfGlyph(" ", 120, 123, 700, 10, false))
            .Concat(Word("다라", 100, 680, 10)).Append(new PdfGlyph(" ", 99, 100, 680, 10, false)), 1, PdfLineOptions.Default);
        Assert.Equal([true, false], lines.Select(l => l.SpaceAtEnd));
    }

    [Theory]
    [InlineData("전염", false, "병은", "전염병은")]
    [InlineData("관련", true, "보험", "관련 보험")]
    [InlineData("관련", null, "보험", "관련 보험")]
    [InlineData("日本語の", null, "テキスト", "日本語のテキスト")]
    [InlineData("particu-", null, "larly so", "particularly so")]
    [InlineData("long-", null, "term plans", "long-term plans")]
    [InlineData("COVID-", null, "19", "COVID-19")]
    [InlineData("the reserve", null, "was drawn", "the reserve was drawn")]
    public void Lines_join_as_their_script_needs(string left, bool? spaceAtEnd, string right, string joined) =>
        Assert.Equal(joined, PdfLineJoiner.Join(left, spaceAtEnd, right, PdfLineJoiner.HyphenatedWords(["a long-term view"])));

    [Fact]
    public void A_page_without_a_text_layer_gives_a_warning_naming_it()
    {
        var warnings = new List<Diagnostic>();
        var (tables, lines) = PdfPageReader.Read(new PdfPageContent(3, 595, 842, [], []), PdfReaderOptions.Default, warnings);
        Assert.Empty(tables);
        Assert.Empty(lines);
        var warning = Assert.Single(warnings);
        Assert.Equal(3, warning.Source?.Page);
        Assert.Contains("page 3", warning.Message);
    }

    [Fact]
    public void A_page_whose_stage_fails_keeps_its_plain_text_with_a_warning()
    {
        var warnings = new List<Diagnostic>();
        // A glyph without a value (as a broken font may give) makes the glyph stage fail.
        var glyphs = new List<PdfGlyph> { new("甲", 100, 110, 700, 10, false), new(null!, 110, 120, 700, 10, false) };
        var page = new PdfPageContent(2, 595, 842, glyphs, [], "甲乙丙");
        var (_, lines) = PdfPageReader.Read(page, PdfReaderOptions.Default, warnings);
        Assert.Equal("甲乙丙", Assert.Single(lines).Text);
        Assert.Equal("pdf-page-stage-failed", Assert.Single(warnings).Code);
    }

    [Fact]
    public void Text_standing_outside_the_page_box_does_not_break_the_reading_order()
    {
        var lines = Enumerable.Range(0, 24).Select(i => new PdfLine($"line {i}", i % 2 == 0 ? -40 : 330, i % 2 == 0 ? 200 : 640, 800 - i * 10, 10, false, 1)).ToList();
        Assert.Equal(24, ReadingOrder.Order(lines, 595).Count);
    }
}
