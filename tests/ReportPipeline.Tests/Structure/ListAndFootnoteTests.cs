using ReportPipeline.Tests.Support;
using ReportPipeline.Model;
using ReportPipeline.Structure;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Structure;

public class ListAndFootnoteTests
{
    [Fact]
    public void Dash_lines_are_a_bullet_list()
    {
        var list = Run.FromText("各位代表：\n\n目标如下：\n\n- 增长 4%左右；\n- 就业完成目标。").Single<ListBlock>();
        Assert.False(list.Ordered);
        Assert.Equal(["增长 4%左右；", "就业完成目标。"], list.Items.Select(i => i.Content.PlainText()));
    }

    [Fact]
    public void Consecutive_numbered_lines_are_an_ordered_list()
    {
        var list = Run.FromText("Dear members:\n\nWe propose:\n\n1. new pipes;\n2. more paramedics.").Single<ListBlock>();
        Assert.True(list.Ordered);
        Assert.Equal(2, list.Items.Count);
    }

    [Fact]
    public void Markers_link_to_definitions_by_number()
    {
        var doc = Run.FromText("各位代表：\n\n甲¹乙²。\n\n¹ 注一。\n\n² 注二。");
        Assert.Equal(["1", "2"], doc.Footnotes.Select(f => f.Id));
        Assert.Equal(["¹", "²"], doc.Footnotes.Select(f => f.Marker));
        Assert.Equal("注二。", doc.Footnotes[1].Content.PlainText());
        Assert.Equal(["1", "2"], doc.FootnoteReferences().Select(r => r.FootnoteId));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code.StartsWith("footnote"));
    }

    [Fact]
    public void Unmatched_markers_and_unreferenced_definitions_are_reported_with_their_lines()
    {
        var doc = Run.FromText("各位代表：\n\n甲³乙。\n\n¹ 没有引用的注释。");
        Assert.Contains(doc.Diagnostics, d => d.Code == "footnote-unmatched-marker" && d.Source!.StartLine == 3);
        Assert.Contains(doc.Diagnostics, d => d.Code == "footnote-unreferenced" && d.Source!.StartLine == 5);
    }

    [Fact]
    public void Numbering_restarting_on_each_page_links_each_marker_to_the_note_below_it()
    {
        var doc = Run.FromText("各位代表：\n\n第一页正文¹。\n\n¹ 第一页的注。\n\n第二页正文¹。\n\n¹ 第二页的注。");
        Assert.Equal(["1", "1-2"], doc.Footnotes.Select(f => f.Id));
        Assert.Equal(["1", "1-2"], doc.FootnoteReferences().Select(r => r.FootnoteId));
    }

    [Fact]
    public void Notes_gathered_under_a_notes_heading_take_bracketed_and_circled_markers()
    {
        var doc = Run.FromText("各位代表：\n\n甲[1]乙②。\n\n注释：\n\n[1] 注一。\n\n② 注二。");
        Assert.Equal(2, doc.Footnotes.Count);
        Assert.Equal("甲乙。", Assert.IsType<Paragraph>(doc.Blocks[1]).Content.PlainText());
    }

    [Fact]
    public void A_line_after_a_notes_heading_does_not_continue_the_note_before_it()
    {
        // Found by the fuzz test (seed 3T3_f_BpkRJ2): a note, a notes heading and text in one block.
        var doc = Run.FromText("各位代表：\n\n正文¹。\n\n¹ 注一。\n注释\n后面的正文。");
        Assert.Equal("注一。", Assert.Single(doc.Footnotes).Content.PlainText());
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText() == "后面的正文。");
    }

    [Fact]
    public void Bracketed_numbers_without_definitions_stay_text()
    {
        var doc = Run.FromText("Dear members:\n\nSee item [2] of the agenda.");
        Assert.Equal("See item [2] of the agenda.", Assert.IsType<Paragraph>(doc.Blocks[1]).Content.PlainText());
        Assert.Empty(doc.Diagnostics);
    }

    [Theory]
    [InlineData("甲\n\n乙\n\n丙\n\n丁", ParagraphLayout.BlankLines)]
    [InlineData("\u3000\u3000甲段第一行\n接续\n\u3000\u3000乙段\n\u3000\u3000丙段", ParagraphLayout.Indented)]
    [InlineData("甲段。\n乙段。\n丙段。", ParagraphLayout.OneLineEach)]
    public void Detects_how_paragraphs_are_separated(string text, ParagraphLayout layout) =>
        Assert.Equal(layout, BlockSegmenter.DetectLayout(ReportPipeline.Decoding.TextDecoder.SplitLines(text)));

    [Fact]
    public void Indented_paragraphs_without_blank_lines_are_kept_apart()
    {
        var doc = Run.FromText("各位代表：\n\u3000\u3000第一段开始，\n接着写完。\n\u3000\u3000第二段。");
        Assert.Equal(["各位代表：", "第一段开始，接着写完。", "第二段。"], doc.Blocks.Cast<Paragraph>().Select(p => p.Content.PlainText()));
    }
}

public class MarkerStyleTests
{
    [Fact]
    public void Circled_numbers_link_only_to_notes_written_circled()
    {
        var doc = Run.FromText("各位代表：\n\n分三类：①甲类；②乙类。正文¹。\n\n¹ 注一。");
        Assert.Equal("分三类：①甲类；②乙类。正文。", Assert.IsType<Paragraph>(doc.Blocks[1]).Content.PlainText());
        Assert.Single(doc.FootnoteReferences());
    }
}
