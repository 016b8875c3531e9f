using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Pdf;

/// <summary>
/// English paragraphs and notes on hand-made pages: column edges measured per page from the lines that form paragraphs,
/// ragged set-in blocks (callouts, quotes, an item going on in the next column), documents that mark their paragraphs
/// by a gap, bullets drawn apart from their text, "*" lines that are notes or legends and not list items.
/// </summary>
public class PdfEnglishLayoutTests
{
    private static PdfLine L(string text, double left, double right, double baseline, double size = 10, int page = 1, int column = 0) =>
        new(text, left, right, baseline, size, false, page, column);

    private static List<string> Paragraphs(BodyGeometry body, params PdfLine[] lines) =>
        PdfParagraphBuilder.Build(lines.Select(l => (PdfFlowItem)new FlowLine(l)), body, PdfParagraphOptions.Default)
            .OfType<PdfParagraph>().Select(p => p.Text).ToList();

    [Fact]
    public void A_pages_left_column_is_measured_on_its_own_lines_not_on_wide_rows_of_another_page()
    {
        var lines = new List<PdfLine>();
        // Page 1: a left column of twelve lines, 36 to 290 pt.
        for (int i = 0; i < 12; i++) lines.Add(L($"Body line {i} of the left column runs to its right edge", 36, 290, 700 - 12 * i));
        for (int i = 0; i < 12; i++) lines.Add(L($"Body line {i} of the right column runs to its right edge", 314, 569, 700 - 12 * i, column: 1));
        // Page 2: no columns; wide rows (a table nobody found) at the body's size, also column 0, reaching 578 pt.
        for (int i = 0; i < 30; i++) lines.Add(L($"Row {i} of a wide table with figures 1 2 3 4 5 6", 45, 578, 700 - 12 * i, page: 2));
        var geometry = BodyGeometry.Measure(lines, PdfParagraphOptions.Default);
        Assert.Equal((36, 290), geometry.Of(lines[0]));
        // Without edges of its own a page's column takes its number's edges over the document.
        Assert.Equal(geometry.Columns[0], geometry.Of(L("A line on page 3", 40, 200, 500, page: 3)));
        var fewer = BodyGeometry.Measure(lines, PdfParagraphOptions.Default with { ColumnLines = 40 });
        Assert.Empty(fewer.PageColumns);
        // A page set in one column keeps the document's edges.
        Assert.DoesNotContain((2, 0), geometry.PageColumns.Keys);
    }

    [Fact]
    public void A_block_set_across_the_columns_over_them_does_not_widen_the_first_columns_measure()
    {
        var lines = new List<PdfLine>();
        // An abstract of four lines set across the page (36 to 560 pt), read into column 0, over a left column of eight lines.
        for (int i = 0; i < 4; i++) lines.Add(L($"Abstract line {i} set across the whole page above both columns of the text", 36, 560, 700 - 12 * i));
        for (int i = 0; i < 8; i++) lines.Add(L($"Body line {i} of the left column", 36, 290, 640 - 12 * i));
        for (int i = 0; i < 8; i++) lines.Add(L($"Body line {i} of the right column", 314, 569, 640 - 12 * i, column: 1));
        var geometry = BodyGeometry.Measure(lines, PdfParagraphOptions.Default);
        Assert.Equal((36, 290), geometry.PageColumns[(1, 0)]);
        // With no limit on a line's width the abstract's lines are the column's longest and set its right edge.
        var unlimited = BodyGeometry.Measure(lines, PdfParagraphOptions.Default with { ColumnWidthRatio = 100 });
        Assert.Equal(560, unlimited.PageColumns[(1, 0)].Right);
    }

    [Fact]
    public void Lines_that_form_paragraphs_have_a_neighbour_one_pitch_away_starting_level()
    {
        var lines = new List<PdfLine>
        {
            L("A paragraph's line", 36, 290, 700), L("and the next one", 36, 290, 688),
            L("a row far below", 300, 578, 600), // no neighbour one pitch away
        };
        var formed = BodyGeometry.FormingParagraphs(lines, 12, PdfParagraphOptions.Default);
        Assert.Equal(2, formed.Count);
        Assert.DoesNotContain(lines[2], formed);
    }

    // A column from 72 to 538 pt, 11.5 pt type on a 13 pt pitch.
    private static readonly BodyGeometry Page = new(new Dictionary<int, (double, double)> { [0] = (72, 538) }, 13, 11.5);

    [Fact]
    public void A_ragged_block_set_in_on_both_sides_is_one_paragraph()
    {
        var paragraphs = Paragraphs(Page,
            L("The text above the quote ends its sentence here.", 72, 300, 700, 11.5),
            L("“We are looking at having a piece of our own to coexist with it but we", 108, 485, 675, 11.5),
            L("don’t have it in place right now. We would like to include all of our tests", 108, 503, 662, 11.5),
            L("in the system, and the writing too, in some way that we have not found.”", 108, 478, 649, 11.5),
            L("The text after the quote starts at the margin and runs on to the edge.", 72, 530, 623, 11.5));
        Assert.Equal(3, paragraphs.Count);
        Assert.StartsWith("“We are looking", paragraphs[1]);
        Assert.EndsWith("not found.”", paragraphs[1]);
    }

    [Fact]
    public void Short_lines_set_level_and_a_centred_pair_are_no_set_in_block()
    {
        double left = 72, right = 538;
        var o = PdfParagraphOptions.Default;
        // An address: short lines.
        Assert.False(PdfParagraphBuilder.SetInBlock(L("Office of the Register", 108, 220, 700), L("101 Main Street", 108, 190, 687), left, right, o));
        // Two centred lines of one width.
        Assert.False(PdfParagraphBuilder.SetInBlock(L("Delivered at the Fourth Session of", 150, 460, 700), L("the City Assembly of the Year", 150, 460, 687), left, right, o));
        // Lines reaching past the column (a table's legend set under the whole page) belong to no block of it.
        Assert.False(PdfParagraphBuilder.SetInBlock(L("* Denotes a significant difference at the 90 percent level.", 108, 700, 700), L("** Denotes a difference", 108, 650, 687), left, right, o));
        // A heading set at the paragraph indent, then a paragraph's indented first line running to the edge: two openings.
        Assert.False(PdfParagraphBuilder.SetInBlock(L("(3) A heading set at the indent of the text", 108, 400, 700), L("The paragraph's first line is indented as well and runs to the edge", 108, 538, 687), left, right, o));
        // Two short notes set at the indent, the first ending its sentence: two paragraphs.
        Assert.False(PdfParagraphBuilder.SetInBlock(L("[6] The volume of the postal trade is at the prices of 2020.", 108, 440, 700), L("[7] At last year's prices.", 108, 300, 687), left, right, o));
        Assert.True(PdfParagraphBuilder.SetInBlock(L("A callout set in that fills most of its measure", 108, 496, 700), L("and goes on.", 108, 200, 687), left, right, o));
        Assert.False(PdfParagraphBuilder.SetInBlock(L("A callout set in that fills most of its measure", 108, 496, 700), L("and goes on.", 108, 200, 687), left, right, o with { BlockFillShare = 0.95 }));
    }

    // Three narrow columns' worth: one column 401 to 557 pt, 9 pt type on a 12.5 pt pitch.
    private static readonly BodyGeometry Narrow = new(new Dictionary<int, (double, double)> { [0] = (401, 557) }, 12.5, 9);

    private static PdfLine N(string text, double right, double baseline) => L(text, 401, right, baseline, 9);

    [Fact]
    public void Where_every_clear_paragraph_end_has_a_gap_a_line_ending_a_little_short_goes_on()
    {
        var lines = new[]
        {
            N("Approximately 56.7 million people", 556, 713.5),
            N("living in the United States had", 535, 701), // the next word would fit, but the composer balanced the lines
            N("some kind of disability in 2010", 540, 688.5),
            N("(Table 1). The total grew by 2.2 million.", 557, 676),
            N("in 2005.", 438, 663.5),
            N("As a generally accepted under-", 535, 644), // a gap above: a new paragraph
            N("standing of prevalence, the risk", 542, 631.5),
            N("grew with age.", 460, 619),
            N("Severe disability and the need for", 550, 599.5),
            N("assistance also increased with age.", 530, 587),
            N("at 8.4 percent.", 453, 574.5),
            N("Of people aged 6 years and older", 550, 555),
            N("most needed no assistance at all.", 550, 542.5),
        };
        Assert.True(ParagraphMarks.Marked(lines, Narrow, PdfParagraphOptions.Default));
        var paragraphs = Paragraphs(Narrow, lines);
        Assert.Equal(4, paragraphs.Count);
        Assert.StartsWith("Approximately 56.7 million people living in the United States had some kind", paragraphs[0]);
        // A document that does not mark its paragraphs keeps reading a short line as a paragraph's end.
        Assert.False(ParagraphMarks.Marked(lines, Narrow, PdfParagraphOptions.Default with { MarkedMinEnds = 10 }));
    }

    [Theory]
    [InlineData("living in the United States had", "some kind of disability", true)]
    [InlineData("in 2005.", "As a generally accepted", true)]
    [InlineData("落实市人大决议与主要财政工作情况", "2025年，全市各级认真贯彻", false)] // CJK breaks anywhere
    [InlineData("계획을 수립한다.", "다음 연도의 예산은", false)] // so does Hangul
    [InlineData("https://www.example.org/object/2017a", "⁸ https://ned.example.edu", false)] // a note opens
    [InlineData("under the first heading;", "[3] The third note", false)]
    [InlineData("under the first heading;", "• An item", false)]
    public void Only_a_latin_line_before_a_line_opening_no_note_or_item_may_be_balanced_short(string end, string next, bool balanced) =>
        Assert.Equal(balanced, PdfParagraphBuilder.Balanced(N(end, 500, 700), N(next, 550, 687.5)));

    [Fact]
    public void A_bullet_drawn_apart_from_its_text_joins_it_before_or_after_it_in_the_flow()
    {
        var flow = new List<PdfFlowItem>
        {
            new FlowLine(L("•", 90, 97, 646)), new FlowLine(L("higher levels for countries which show higher risk levels such as", 108, 526, 646)),
            new FlowLine(L("Greece, Portugal and Spain;", 108, 308, 634)),
            new FlowLine(L("lower levels for all the countries considered in 2009 in comparison to", 108, 526, 622)), new FlowLine(L("•", 90, 97, 622)),
            new FlowLine(L("the whole period.", 108, 279, 610)),
        };
        var attached = LoneBullets.Attach(flow, PdfParagraphOptions.Default).OfType<FlowLine>().Select(f => f.Line).ToList();
        Assert.Equal(4, attached.Count);
        Assert.Equal([true, false, true, false], attached.Select(l => l.Text.StartsWith("• ", StringComparison.Ordinal)).ToList());
        Assert.StartsWith("• lower levels", attached[2].Text, StringComparison.Ordinal);
        Assert.Equal(90, attached[2].Left);
        var paragraphs = PdfParagraphBuilder.Build(flow, Page, PdfParagraphOptions.Default).OfType<PdfParagraph>().ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.True(p.Item));
        // A bullet far left of any text (an ornament) stays where it is.
        Assert.Equal(2, LoneBullets.Attach([new FlowLine(L("•", 90, 97, 646)), new FlowLine(L("Text far right", 300, 500, 646))], PdfParagraphOptions.Default).Count);
    }
}

/// <summary>Notes and legends marked with "*": a note inside the text under a rule, a table's legend, the marker after a word.</summary>
public class PdfSymbolNoteTests
{
    private static PdfLine L(string text, double baseline, double size, double left = 72, double right = 520, int page = 1) =>
        new(text, left, right, baseline, size, false, page);

    [Fact]
    public void A_small_line_opening_with_a_symbol_the_page_cites_inside_the_text_is_a_note()
    {
        var column = new List<PdfLine>
        {
            L("The funds will be lent under terms not yet known, nor the purposes for which it will be used*.", 600, 10),
            L("______________________________", 582, 10, right: 400),
            L("* See, for instance, the exchange of views in the press,", 566, 8),
            L("June 2010.", 556, 8, right: 120),
            L("The text goes on under the box at the size of the body.", 532, 10),
        };
        var cited = FootnoteZoneDetector.CitedSymbols(column);
        Assert.Contains("*", cited);
        var (body, notes) = FootnoteZoneDetector.Separate(column, 10, 842, [], FootnoteZoneOptions.Default, cited: cited);
        var note = Assert.Single(notes);
        Assert.Equal(("*", "See, for instance, the exchange of views in the press, June 2010."), (note.Symbol, note.Text));
        Assert.Equal(3, body.Count);
        // Not cited on the page: a line of its own ("* Denotes a significant difference") stays text.
        Assert.Empty(FootnoteZoneDetector.Separate(column, 10, 842, [], FootnoteZoneOptions.Default, cited: new HashSet<string>()).Notes);
    }

    [Fact]
    public void A_legend_set_on_under_a_tables_rows_at_their_pitch_is_no_note_but_its_numbered_notes_are()
    {
        // A table nobody found: small rows, then its legend at the rows' pitch.
        var column = new List<PdfLine> { L("Body text at the size of the body, cited here rates* of it.", 700, 10) };
        for (int i = 0; i < 6; i++) column.Add(L($"State {i}   12.{i}   (11.0–13.{i})", 400 - 11 * i, 7.5, right: 290));
        column.Add(L("Abbreviation: CI = confidence interval.", 400 - 11 * 6 - 1, 8, right: 175));
        column.Add(L("* Per 100,000 standard population.", 400 - 11 * 7 - 1, 8, right: 175));
        var cited = FootnoteZoneDetector.CitedSymbols(column);
        Assert.Empty(FootnoteZoneDetector.Separate(column, 10, 842, [], FootnoteZoneOptions.Default, cited: cited).Notes);
        // Set apart by a wide gap, the same lines are notes.
        var apart = column.Take(7).Concat([L("* Per 100,000 standard population.", 300, 8, right: 175)]).ToList();
        Assert.Single(FootnoteZoneDetector.Separate(apart, 10, 842, [], FootnoteZoneOptions.Default, cited: cited).Notes);
        // Right under a table found: a legend, but a numbered note in it is a note.
        var legend = new List<PdfLine> { column[0], L("* Denotes a significant difference.", 380, 7), L("¹ Estimates for 2005 may differ.", 370, 7) };
        var notes = FootnoteZoneDetector.Separate(legend, 10, 392, [], FootnoteZoneOptions.Default, cited: cited).Notes;
        Assert.Equal(1, Assert.Single(notes).Number);
        Assert.Equal(2, FootnoteZoneDetector.Separate(legend, 10, 392, [], FootnoteZoneOptions.Default with { LegendGap = 0.5 }, cited: cited).Notes.Count);
    }

    [Theory]
    [InlineData("the purposes for which it will be used*.", 38, 39)]
    [InlineData("death in the United States* (1) and", 26, 27)]
    [InlineData("rates** for", 5, 7)]
    public void A_symbol_right_after_a_word_is_a_marker_where_it_ends(string text, int at, int end) =>
        Assert.Equal(end, PdfInlines.CitedSymbolEnd(text, at));

    [Theory]
    [InlineData("* Denotes a difference", 0)] // opening the line
    [InlineData("a * b", 2)] // after a space
    [InlineData("x*y", 1)] // inside a word
    public void A_symbol_not_after_a_word_or_running_on_is_no_marker(string text, int at) =>
        Assert.Null(PdfInlines.CitedSymbolEnd(text, at));

    [Fact]
    public void An_unraised_symbol_marker_links_only_to_a_note_of_its_own_page()
    {
        var linker = new PdfNoteLinker([new PdfNoteEntry("*", "n1", 5, Page: 1)]);
        Assert.Null(linker.Resolve(new PdfMarker("*", "*", Raised: false), 9, page: 2)); // a table title's "rates*" further on
        Assert.Equal("n1", linker.Resolve(new PdfMarker("*", "*", Raised: false), 2, page: 1));
        Assert.Equal("n1", linker.Resolve(new PdfMarker("*", "*", Raised: true), 9, page: 2)); // raised: as before
    }

    [Fact]
    public void A_paragraph_opening_with_an_asterisk_is_a_list_item_only_beside_another()
    {
        static (int, PdfFlowItem) P(string text, int position) => (position, new PdfParagraph(text, 1));
        var single = new List<(int Position, PdfFlowItem Item)> { P("Text before.", 0), P("* Denotes a significant difference.", 1), P("Text after.", 2) };
        Assert.False(PdfCandidates.StarList(single, 1));
        var list = new List<(int Position, PdfFlowItem Item)> { P("* First item", 0), P("* Second item", 1) };
        Assert.True(PdfCandidates.StarList(list, 0));
        Assert.True(PdfCandidates.StarList(list, 1));
    }

    [Fact]
    public void A_raised_letter_opening_a_foot_line_marks_a_legend_note()
    {
        // A statistics page's foot: "ᵉEstimated." for the "e" after an estimated figure, then numbered notes.
        static PdfLine Raised(string text, double baseline, int raised) => new(text, 72, 300, baseline, 8, false, 1,
            Styles: [.. text.Select((_, i) => i < raised ? PdfCharStyle.Raised : PdfCharStyle.None)]);
        var column = new List<PdfLine>
        {
            L("Domestic resources are more than adequate for the production of carbide.", 600, 10),
            Raised("eEstimated. NA Not available. — Zero.", 500, 1),
            L("¹ Rounded to the nearest 5,000 tons to protect proprietary data.", 490, 8),
            L("Some Survey, Commodity Summaries, January 2011", 466, 10), // the page's footer, under the notes
        };
        var (body, notes) = FootnoteZoneDetector.Separate(column, 10, 842, [], FootnoteZoneOptions.Default);
        Assert.Equal([("e", "Estimated. NA Not available. — Zero."), (null, "Rounded to the nearest 5,000 tons to protect proprietary data.")],
            notes.Select(n => (n.Symbol, n.Text)).ToList());
        Assert.Equal([column[0], column[3]], body);
        // A footer set close under the notes (within ClosingGap of their sizes) is not stepped over.
        Assert.Empty(FootnoteZoneDetector.Separate(column, 10, 842, [], FootnoteZoneOptions.Default with { ClosingGap = 4 }).Notes);
        // Not raised, or raised whole ("eg" set small), or before a lower-case word: no marker.
        Assert.Null(FootnoteZoneDetector.RaisedLetter(Raised("eEstimated.", 500, 0)));
        Assert.Null(FootnoteZoneDetector.RaisedLetter(Raised("eEstimated.", 500, 3)));
        Assert.Null(FootnoteZoneDetector.RaisedLetter(Raised("estimated.", 500, 1)));
    }
}
