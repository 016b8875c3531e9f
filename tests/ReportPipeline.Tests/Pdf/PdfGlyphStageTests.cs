using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>The glyph, word, line-join and page stages of the PDF reader on small hand-made pages.</summary>
public class PdfGlyphStageTests
{
    private static IEnumerable<PdfGlyph> Word(string text, double left, double baseline, double size) =>
        PdfStageTests.Word(text, left, baseline, size);

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
        Assert.Equal([PdfCharStyle.Bold, PdfCharStyle.Bold, PdfCharStyle.Bold, PdfCharStyle.None, PdfCharStyle.None], line.Styles);
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

    [Fact]
    public void Half_a_surrogate_pair_is_no_character()
    {
        Assert.Equal("", PdfGlyphCleaner.Printable("\uD835", PdfGlyphOptions.Default));
        Assert.Equal("\uD835\uDC00", PdfGlyphCleaner.Printable("\uD835\uDC00", PdfGlyphOptions.Default));
    }

    [Theory]
    [InlineData("ABCDEF+SimHei", true)]
    [InlineData("Arial-BoldMT", true)]
    [InlineData("NotoSansCJKsc-Black", true)]
    [InlineData("FZHei-B01", true)]
    [InlineData("MyFont,Bold", true)]
    [InlineData("KoPub-B", true)]
    [InlineData("黑体", true)]
    [InlineData("GBCDEE+FZHTK--GBK1-0", true)] // 方正黑体, the face of 一、 headings in official documents
    [InlineData("FZHTJW--GB1-0", true)]
    [InlineData("STHeiti", true)]
    [InlineData("NREKVL+FangSong_GB2312", false)]
    [InlineData("FBCDEE+FZKTK--GBK1-0", false)] // 方正楷体: a face, not a weight
    [InlineData("MicrosoftYaHei", false)]
    [InlineData("ABCDEF+SimSun", false)]
    [InlineData("TimesNewRomanPSMT", false)]
    [InlineData("Baskerville", false)]
    [InlineData("OMIGKI+cmbx10", true)] // TeX's Computer Modern bold extended
    [InlineData("cmr10", false)]
    [InlineData("cmsl10", false)]
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
    public void A_tight_justified_word_space_counts_where_letters_touch()
    {
        // Letters 6 wide touching; words a sixth of the size apart, as tight justified journals set them.
        var glyphs = Word("there", 100, 700, 6).Concat(Word("is", 131, 700, 6)).Concat(Word("a", 144, 700, 6));
        Assert.Equal("there is a", Assert.Single(PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default)).Text);
    }

    [Fact]
    public void Justified_cjk_spacing_goes_but_a_wide_separator_between_names_stays()
    {
        // Glyphs 10 wide, set 2 apart (justified); two names 10 apart.
        IEnumerable<PdfGlyph> Spaced(string text, double left) =>
            text.Select((c, i) => new PdfGlyph(c.ToString(), left + i * 12, left + i * 12 + 10, 700, 10, false));
        var glyphs = Spaced("杨启光", 100).Concat(Spaced("陈光磊", 144));
        Assert.Equal("杨启光 陈光磊", Assert.Single(PdfLineBuilder.Build(glyphs, 1, PdfLineOptions.Default)).Text);
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
    [InlineData("Non-", null, "road sources", "Non-road sources")]
    [InlineData("non-", null, "road sources", "non-road sources")]
    [InlineData("on-", null, "going work", "ongoing work")]
    [InlineData("COVID-", null, "19", "COVID-19")]
    [InlineData("state-", null, "of-the-art methods", "state-of-the-art methods")]
    [InlineData("the reserve", null, "was drawn", "the reserve was drawn")]
    public void Lines_join_as_their_script_needs(string left, bool? spaceAtEnd, string right, string joined) =>
        Assert.Equal(joined, PdfLineJoiner.Join(left, spaceAtEnd, right, PdfLineJoiner.HyphenatedWords(["a long-term view", "Non-road"])));

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

    [Theory]
    [InlineData(1, 100, 50, 50, 512)]  // text running up: along it is y, up the text is leftwards
    [InlineData(3, 100, 50, 742, 100)] // text running down: along it is downwards, up the text is rightwards
    [InlineData(2, 100, 50, 512, 742)]
    [InlineData(0, 100, 50, 100, 50)]
    public void A_page_set_sideways_is_read_in_the_direction_its_text_runs(int turn, double x, double y, double alongText, double upText)
    {
        var frame = new PageFrame(turn, 612, 792);
        Assert.Equal((alongText, upText), frame.Map(new UglyToad.PdfPig.Core.PdfPoint(x, y)));
        Assert.Equal(turn % 2 == 1 ? 792 : 612, frame.Width);
    }

    [Fact]
    public void A_running_head_set_below_the_margin_is_furniture_when_it_tops_several_pages()
    {
        // Pages 743 high; the head and its page number stand 77 points from the top (below an 8 % margin).
        var lines = new List<PdfLine>();
        for (int page = 1; page <= 3; page++)
        {
            lines.Add(new PdfLine($"{252 + page}", 50, 62, 666, 8, false, page));
            lines.Add(new PdfLine("P.N.J. Lane et al. / Journal of Hydrology 310 (2005) 253–265", 200, 450, 666, 8, false, page));
            lines.Add(new PdfLine("Body text of the page.", 50, 450, 600, 10, false, page));
            lines.Add(new PdfLine("2020", 400, 420, 60, 10, false, page)); // a table's figure at the foot: no page number
        }
        var heights = Enumerable.Range(1, 3).ToDictionary(p => p, _ => 743.0);
        var (body, furniture) = PageFurnitureDetector.Separate(lines, heights, FurnitureOptions.Default);
        Assert.Equal(6, furniture.Count);
        Assert.Equal(3, furniture.Count(f => f.Kind == FurnitureKind.PageNumber));
        Assert.Equal(6, body.Count);
    }

    [Fact]
    public void The_lines_of_a_paragraph_join_line_by_line()
    {
        PdfLine L(string text, bool? spaceAtEnd = null) => new(text, 50, 500, 700, 10, false, 1, SpaceAtEnd: spaceAtEnd);
        var lines = new[] { L("The plan was particu-"), L("larly clear on roads"), L("and 전염", false), L("병은 Korean.") };
        Assert.Equal("The plan was particularly clear on roads and 전염병은 Korean.", PdfLineJoiner.Join(lines));
    }

    /// <summary>Glyphs of one size, each <paramref name="size"/> wide, words set <paramref name="wordGap"/> apart (letters touch).</summary>
    private static IEnumerable<PdfGlyph> Words(double left, double baseline, double size, double wordGap, params string[] words)
    {
        double x = left;
        foreach (var word in words)
        {
            foreach (char c in word) { yield return new PdfGlyph(c.ToString(), x, x + size, baseline, size, false); x += size; }
            x += wordGap;
        }
    }

    [Fact]
    public void Spaces_drawn_over_the_digits_of_a_cell_are_no_word_breaks()
    {
        // A spreadsheet pads its cell with a run of spaces drawn under the text: they overlap the digits.
        var digits = Word("03/25", 100, 700, 6).ToList();
        var padding = Enumerable.Range(0, 6).Select(i => new PdfGlyph(" ", 99 + i * 5, 102 + i * 5, 700, 6, false));
        Assert.Equal("03/25", Line(digits.Concat(padding)).Text);
        // A space in a gap between words stays.
        var words = Word("ab", 100, 680, 6).Append(new PdfGlyph(" ", 112, 115, 680, 6, false)).Concat(Word("cd", 115, 680, 6));
        Assert.Equal("ab cd", Line(words).Text);
        // Condensed text: the word space overlaps the letter before it by half its width, the next letter stands clear.
        var condensed = Word("ef", 100, 660, 6).Append(new PdfGlyph(" ", 110.5, 113.5, 660, 6, false)).Concat(Word("gh", 114, 660, 6));
        Assert.Equal("ef gh", Line(condensed).Text);
    }

    [Fact]
    public void A_short_hangul_line_of_one_and_two_syllable_words_keeps_its_word_spaces()
    {
        // As many word gaps as letter gaps: the letter spacing is the lower quartile of the gaps, not the median.
        var glyphs = Words(100, 700, 14, 9, "가나다", "라마바", "사아", "자", "차", "카");
        Assert.Equal("가나다 라마바 사아 자 차 카", Line(glyphs).Text);
    }

    [Theory]
    [InlineData("가나다라")]
    [InlineData("甲乙丙丁")]
    public void Display_text_set_letter_by_letter_is_written_without_its_spacing(string letters)
    {
        var gapped = letters.Select((c, i) => new PdfGlyph(c.ToString(), 100 + i * 40, 120 + i * 40, 700, 20, false));
        Assert.Equal(letters, Line(gapped).Text);
        var drawn = letters.SelectMany((c, i) => new[] { new PdfGlyph(c.ToString(), 100 + i * 40, 120 + i * 40, 680, 20, false),
            new PdfGlyph(" ", 120 + i * 40, 126 + i * 40, 680, 20, false) }).SkipLast(1);
        Assert.Equal(letters, Line(drawn).Text);
    }

    [Fact]
    public void A_wide_gap_between_two_cjk_words_survives_the_stray_space_cleaning()
    {
        var separated = PdfStyledText.Of(Line(Words(100, 700, 10, 16, "甲乙丙丁", "戊己庚"))).WithoutStraySpaces();
        Assert.Equal("甲乙丙丁 戊己庚", separated.Text);
        Assert.DoesNotContain(separated.Styles, s => s.HasFlag(PdfCharStyle.Separator));
        // A single character set apart is letter spacing, not a word.
        Assert.Equal("甲乙丙丁戊己庚", PdfStyledText.Of(Line(Words(100, 680, 10, 16, "甲乙丙丁", "戊", "己庚"))).WithoutStraySpaces().Text);
    }

    [Fact]
    public void A_name_spread_wide_after_an_office_is_set_apart_from_it_and_written_close()
    {
        // "北京市财政局局长　韩　杰": a two-character name spread to the width of three after the office.
        Assert.Equal("甲乙丙丁 戊己", PdfStyledText.Of(Line(Words(100, 680, 10, 16, "甲乙丙丁", "戊", "己"))).WithoutStraySpaces().Text);
        Assert.Equal("甲乙丙丁 戊己庚", PdfStyledText.Of(Line(Words(100, 660, 10, 16, "甲乙丙丁", "戊", "己", "庚"))).WithoutStraySpaces().Text);
    }

    [Fact]
    public void Letters_spread_evenly_up_to_a_bracket_are_one_label_but_a_wider_gap_after_them_separates()
    {
        // "会 议 文 件（十八）": the label's last spread letter opens the bracketed number, the gap before it as wide as the others.
        Assert.Equal("甲乙丙丁（八）", PdfStyledText.Of(Line(Words(100, 700, 10, 8, "甲", "乙", "丙", "丁（八）"))).WithoutStraySpaces().Text);
        // A name spread wide, then a word further off: the wider gap is a separator.
        var spread = Words(100, 680, 10, 8, "戊", "己").Concat(Words(140, 680, 10, 0, "庚辛"));
        Assert.Equal("戊己 庚辛", PdfStyledText.Of(Line(spread)).WithoutStraySpaces().Text);
    }

    [Fact]
    public void A_row_that_leaves_its_word_spaces_as_gaps_says_nothing_by_ending_without_a_space()
    {
        // A space glyph is drawn after the comma only; the other word spaces are gaps.
        var glyphs = Words(100, 700, 10, 0, "가나,").Append(new PdfGlyph(" ", 130, 133, 700, 10, false))
            .Concat(Words(136, 700, 10, 7, "다라", "마바"));
        var line = Line(glyphs);
        Assert.Equal("가나, 다라 마바", line.Text);
        Assert.Null(line.SpaceAtEnd);
        Assert.Equal("마바 사아", PdfLineJoiner.Join("마바", line.SpaceAtEnd, "사아"));
    }

    [Theory]
    [InlineData("모든 가나", "다의 뜻", "모든 가나다의 뜻")]   // "가나다" is written whole inside a line: the break cut it
    [InlineData("모든 가나", "라마의 뜻", "모든 가나 라마의 뜻")] // "가나라마" is nowhere: the break is between words
    public void Where_the_pdf_does_not_say_a_hangul_break_inside_a_word_the_document_writes_whole_is_joined(string left, string right, string joined)
    {
        var words = PdfLineJoiner.HyphenatedWords(["앞 가나다의 뜻 뒤", "앞 가나 라마 뒤"]);
        Assert.Equal(joined, PdfLineJoiner.Join(left, null, right, words));
        Assert.Equal(left + right, PdfLineJoiner.Join(left, false, right, words)); // a PDF that draws its spaces says so
    }

    [Theory]
    [InlineData("법률에", "서 참여를", "법률에서 참여를")]  // "서" is nowhere a word by itself: a particle cut off its word
    [InlineData("있", "음. 또한", "있음. 또한")]         // an ending before a stop
    [InlineData("하여", "야”를 다음", "하여야”를 다음")]   // an ending before a quote and its particle
    [InlineData("다음 각", "호에 해당", "다음 각 호에 해당")] // two syllables open the line: the first rule's matter
    [InlineData("그리고", "뒤 가나", "그리고 뒤 가나")]      // "뒤" is written by itself inside a line of the document
    [InlineData("할", "수 있다", "할 수 있다")]            // "수" is a word of one syllable in any Korean text
    [InlineData("있음", "에도 불구하고", "있음에도 불구하고")]  // a particle of two syllables never begins a word
    [InlineData("가나", "음악을 본다", "가나 음악을 본다")]     // a word the document writes inside a line
    public void Where_the_pdf_does_not_say_a_line_opening_with_a_lone_syllable_never_written_alone_continues_the_word(
        string left, string right, string joined)
    {
        var words = PdfLineJoiner.HyphenatedWords(["앞 가나 뒤 다라 마바", "앞 서울에서 음악을 본다"]);
        Assert.Equal(joined, PdfLineJoiner.Join(left, null, right, words));
        Assert.Equal(left + " " + right, PdfLineJoiner.Join(left, true, right, words)); // a PDF that draws its spaces says so
    }

    [Fact]
    public void A_lone_syllable_opening_or_closing_a_line_is_not_taken_for_a_word_written_alone()
    {
        // The first word of a line may be a cut tail, the last a cut head: neither tells that "서" or "비" stands alone.
        foreach (var line in new[] { "서 참여를 보장하는", "참여를 보장하는 법률에 서" })
            Assert.Equal("법률에서 참여를", PdfLineJoiner.Join("법률에", null, "서 참여를", PdfLineJoiner.HyphenatedWords([line])));
        // Written alone between two words, it is a word.
        Assert.Equal("법률에 서 참여를", PdfLineJoiner.Join("법률에", null, "서 참여를", PdfLineJoiner.HyphenatedWords(["가나 서 다라"])));
    }

    [Fact]
    public void A_raised_digit_before_a_fraction_slash_is_a_numerator_not_a_marker()
    {
        var glyphs = Word("up to ", 100, 700, 10).Append(new PdfGlyph("1", 160, 164, 704, 6, false))
            .Append(new PdfGlyph("\u2044", 164, 167, 700, 10, false)).Append(new PdfGlyph("4", 167, 171, 700, 6, false));
        Assert.EndsWith("1\u20444", Line(glyphs).Text);
    }

    /// <summary>Han glyphs 10 wide set one after another, and one glyph of the given advance after them.</summary>
    private static IEnumerable<PdfGlyph> HanThen(string han, string mark, double markAdvance, string after = "")
    {
        var glyphs = han.Select((c, i) => new PdfGlyph(c.ToString(), 100 + i * 10, 110 + i * 10, 700, 10, false)).ToList();
        double x = 100 + han.Length * 10;
        glyphs.Add(new PdfGlyph(mark, x, x + markAdvance, 700, 10, false));
        glyphs.AddRange(after.Select((c, i) => new PdfGlyph(c.ToString(), x + markAdvance + i * 10, x + markAdvance + i * 10 + 10, 700, 10, false)));
        return glyphs;
    }

    [Theory]
    [InlineData(",", "提出意见，请予")]
    [InlineData(".", "提出意见。请予")]
    [InlineData(":", "提出意见：请予")]
    [InlineData("(", "提出意见（请予")]
    public void Ascii_punctuation_drawn_a_full_em_wide_is_the_full_width_form(string mark, string expected)
    {
        Assert.Equal(expected, Line(HanThen("提出意见", mark, 10, "请予")).Text);
        // Drawn at its Latin width (a quarter of the size), the character is what it says.
        Assert.Equal($"提出意见{mark}请予", Line(HanThen("提出意见", mark, 2.5, "请予")).Text);
    }

    [Fact]
    public void A_point_after_a_figure_stays_a_point_however_wide_its_cell()
    {
        var glyphs = Word("5", 100, 700, 10).Append(new PdfGlyph(".", 105, 115, 700, 10, false)).Concat(Word("4", 115, 700, 10));
        Assert.Equal("5.4", Line(glyphs).Text);
    }

    [Fact]
    public void A_private_use_character_between_two_figures_is_their_decimal_point()
    {
        var glyphs = Word("76", 100, 700, 10).Append(new PdfGlyph("\U001001B0", 110, 113, 700, 10, false)).Concat(Word("1%", 113, 700, 10));
        Assert.Equal("76.1%", Line(glyphs).Text);
        // Elsewhere it stays as drawn: nothing says what it is.
        var alone = Word("ab", 100, 700, 10).Append(new PdfGlyph("\uE001", 110, 115, 700, 10, false));
        Assert.Equal("ab\uE001", Line(alone).Text);
    }

    [Fact]
    public void A_stretched_gap_between_a_figure_and_its_per_cent_sign_is_no_word_space()
    {
        // A justified Chinese line: "为预算的95.1 %" with the % sign 4 points after the figure.
        var glyphs = HanThen("为预算的", "9", 5).Concat(Word(5.ToString(), 145, 700, 10)).Concat(Word(".1", 150, 700, 10))
            .Append(new PdfGlyph("%", 164, 172, 700, 10, false));
        Assert.EndsWith("95.1%", Line(glyphs).Text);
    }

    [Fact]
    public void A_symbol_font_glyph_opening_a_line_is_a_bullet_even_set_a_line_above_its_item()
    {
        // WordPerfect draws its bullet (a TypographicSymbols code read as "!") on a baseline a line above the item.
        var bullet = new PdfGlyph("!", 144, 152, 713, 12, false, Symbol: true);
        var lines = PdfLineBuilder.Build(Word("Title one", 180, 700, 12).Append(bullet).Concat(Word("treaties.", 180, 686, 12)), 1, PdfLineOptions.Default);
        Assert.Equal(["• Title one", "treaties."], lines.Select(l => l.Text));
        // The same character from a text font is itself.
        var text = PdfLineBuilder.Build(new[] { new PdfGlyph("!", 144, 150, 700, 12, false) }.Concat(Word("Title", 160, 700, 12)), 1, PdfLineOptions.Default);
        Assert.StartsWith("!", Assert.Single(text).Text);
    }

    [Fact]
    public void A_dingbat_letter_opening_a_line_is_a_bullet_but_a_dingbat_digit_is_not()
    {
        // Hancom writes Wingdings' ❍ as the code of "m": "m 사업기간 : …".
        var circle = new PdfGlyph("m", 60, 70, 700, 12, false, Symbol: true);
        Assert.Equal("• 사업기간", Assert.Single(PdfLineBuilder.Build(Word("사업기간", 76, 700, 12).Prepend(circle), 1, PdfLineOptions.Default)).Text);
        // A form's check mark (Zapf Dingbats "4") stays what its code says; a text font's "m" is a letter.
        var check = new PdfGlyph("4", 60, 70, 680, 12, false, Symbol: true);
        Assert.StartsWith("4", Assert.Single(PdfLineBuilder.Build(Word("Yes", 76, 680, 12).Prepend(check), 1, PdfLineOptions.Default)).Text);
        var letter = new PdfGlyph("m", 60, 70, 660, 12, false);
        Assert.StartsWith("m", Assert.Single(PdfLineBuilder.Build(Word("ore", 70, 660, 12).Prepend(letter), 1, PdfLineOptions.Default)).Text);
    }
}
