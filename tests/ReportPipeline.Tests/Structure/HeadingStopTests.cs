using ReportPipeline.Model;
using ReportPipeline.Readers.Markdown;
using ReportPipeline.Structure.Conventions;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.Structure;

/// <summary>A heading's closing full stop is kept apart from its title and printed again by the writers.</summary>
public class HeadingStopTests
{
    [Fact]
    public void A_run_in_title_keeps_its_full_stop_apart_from_its_title()
    {
        var doc = Run.FromText("各位代表：\n\n（一）稳住经济大盘。坚持稳中求进，全年增长 5%。");
        var heading = doc.Single<Heading>();
        Assert.Equal("稳住经济大盘", heading.Title.PlainText());
        Assert.Equal("。", heading.Stop);
        Assert.Equal("稳住经济大盘。", heading.PrintedTitle);
        Assert.Equal("坚持稳中求进，全年增长 5%。", doc.Blocks.OfType<Paragraph>().Last().Content.PlainText());
    }

    [Fact]
    public void A_section_line_ending_with_a_full_stop_has_it_as_its_stop()
    {
        var doc = Run.FromText("各位代表：\n\n（一）久久为功推动区域建设，打造城市群。\n\n坚持协同发展，全年增长。");
        var heading = doc.Single<Heading>();
        Assert.Equal(("久久为功推动区域建设，打造城市群", "。"), (heading.Title.PlainText(), heading.Stop));
    }

    [Fact]
    public void A_question_mark_stays_in_the_title_and_a_heading_without_a_stop_has_none()
    {
        var doc = Run.FromText("各位代表：\n\n一、过去一年的工作\n\n（一）为什么要改革？因为发展需要动力，全年如此。");
        var headings = doc.Blocks.OfType<Heading>().ToList();
        Assert.Equal([("过去一年的工作", null), ("为什么要改革？", null)], headings.Select(h => (h.Title.PlainText(), h.Stop)));
    }

    [Theory]
    [InlineData("经济综合实力显著增强。", 1)]
    [InlineData("Tax revenue.", 1)]
    [InlineData("全角句点．", 1)]
    [InlineData("To be continued...", 0)] // an ellipsis is no stop
    [InlineData("。", 0)] // nothing left for a title
    [InlineData("为什么？", 0)]
    [InlineData("一般公共预算", 0)]
    public void The_stop_is_a_full_stop_after_a_title(string title, int length) =>
        Assert.Equal(length, ReportConventions.HeadingStopLength(title));

    [Fact]
    public void The_markdown_writer_prints_the_stop_and_its_reader_sets_it_apart_again()
    {
        var doc = new ReportDocument(new Metadata(null, null, null, null, "zh-CN"),
            [new Heading(2, "（一）", [new Strong([new Text("一般公共预算")])], new SourceSpan(1, 1)) { Stop = "。" },
             new Paragraph([], [new Text("收入安排。")], new SourceSpan(2, 2))], [], [], []);
        string md = Run.RenderText(new MarkdownReportWriter(), doc);
        Assert.Contains("## （一）**一般公共预算**。\n", md);
        var back = new MarkdownReportReader().Read(System.Text.Encoding.UTF8.GetBytes(md)).Single<Heading>();
        Assert.Equal("。", back.Stop);
        Assert.Equal("一般公共预算", back.Title.PlainText());
    }
}
