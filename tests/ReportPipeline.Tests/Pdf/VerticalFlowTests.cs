using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Pages set in vertical columns (a Japanese gazette) told from pages set in rows, on hand-placed letters.</summary>
public class VerticalFlowTests
{
    /// <summary>Columns of <paramref name="text"/> from the right, each letter one em below the one before.</summary>
    private static List<PlacedLetter> Columns(string text, int perColumn, double size = 8)
    {
        var letters = new List<PlacedLetter>();
        for (int i = 0; i < text.Length; i++)
            letters.Add(new PlacedLetter(text[i].ToString(), 500 - i / perColumn * size * 1.5, 780 - i % perColumn * size, size));
        return letters;
    }

    /// <summary>Rows of <paramref name="text"/> from the top, each letter one em right of the one before.</summary>
    private static List<PlacedLetter> Rows(string text, int perRow, double size = 10.5)
    {
        var letters = new List<PlacedLetter>();
        for (int i = 0; i < text.Length; i++)
            letters.Add(new PlacedLetter(text[i].ToString(), 90 + i % perRow * size, 760 - i / perRow * size * 1.8, size));
        return letters;
    }

    private const string Text = "道路交通法施行令の一部を改正する政令を制定する。歩行者は、道路の横断を始めてはならないこと。";

    [Fact]
    public void Letters_that_follow_each_other_downwards_are_set_vertically() =>
        Assert.True(VerticalFlow.Of(Columns(Text, 12), PdfGlyphOptions.Default.VerticalFlowShare));

    [Fact]
    public void Letters_that_follow_each_other_rightwards_are_set_in_rows() =>
        Assert.False(VerticalFlow.Of(Rows(Text, 12), PdfGlyphOptions.Default.VerticalFlowShare));

    [Fact]
    public void A_few_stacked_letters_in_a_page_of_rows_do_not_turn_it()
    {
        // A table's column title set one character under another ("合/计") on a page of rows.
        var letters = Rows(Text + Text + Text, 20);
        letters.AddRange(Columns("项目合计", 4));
        Assert.False(VerticalFlow.Of(letters, PdfGlyphOptions.Default.VerticalFlowShare));
    }

    [Fact]
    public void Latin_letters_stacked_say_nothing_and_the_check_can_be_turned_off()
    {
        Assert.False(VerticalFlow.Of(Columns(new string('x', 60), 12), PdfGlyphOptions.Default.VerticalFlowShare));
        Assert.False(VerticalFlow.Of(Columns(Text, 12), 0));
    }

    [Fact]
    public void A_vertical_page_is_read_turned_so_each_column_is_a_line()
    {
        // Down the column is along the line; the rightmost column stands highest, so it is read first.
        var frame = new PageFrame(3, 595, 842) { Vertical = true };
        var top = frame.Map(new UglyToad.PdfPig.Core.PdfPoint(500, 780));
        var below = frame.Map(new UglyToad.PdfPig.Core.PdfPoint(500, 772));
        var nextColumn = frame.Map(new UglyToad.PdfPig.Core.PdfPoint(488, 780));
        Assert.Equal(top.Y, below.Y);
        Assert.True(below.X > top.X);
        Assert.True(nextColumn.Y < top.Y);
    }
}
