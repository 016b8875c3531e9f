using ReportPipeline.Model;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Structure;

public class TableTests
{
    private const string TwoLevelHeader = "各位代表：\n\n主要指标表\n\n指标\t目标\t完成情况\t\n\t\t绝对值\t增速\n产值\t增长 4%\t100 亿元\t3.4%\n";

    [Fact]
    public void Empty_header_cells_become_row_and_column_spans()
    {
        var table = Run.FromText(TwoLevelHeader).Single<Table>();
        Assert.Equal("主要指标表", table.Caption.PlainText());
        Assert.Equal(2, table.Header.Count);
        Assert.Equal([(2, 1), (2, 1), (1, 2)], table.Header[0].Cells.Select(c => (c.RowSpan, c.ColumnSpan)));
        Assert.Equal(["绝对值", "增速"], table.Header[1].Cells.Select(c => c.Content.PlainText()));
        Assert.Equal(["产值", "增长 4%", "100 亿元", "3.4%"], table.Body[0].Cells.Select(c => c.Content.PlainText()));
    }

    [Fact]
    public void A_labelled_caption_stays_with_its_table_over_the_unit_line_between_them()
    {
        var table = Run.FromText("各位代表：\n\n表2 各项收入情况\n\n单位：万元\n\n项目\t金额\n税收\t10\n非税\t8\n").Single<Table>();
        Assert.Equal("表2 各项收入情况", table.Caption.PlainText());
    }

    [Fact]
    public void The_grid_places_spanning_cells()
    {
        var table = Run.FromText(TwoLevelHeader).Single<Table>();
        var grid = TableGrid.Build(table.Header);
        Assert.Equal((2, 4), (grid.RowCount, grid.ColumnCount));
        Assert.Same(grid[0, 0]!.Cell, grid[1, 0]!.Cell);
        Assert.False(grid[1, 0]!.IsOrigin);
        Assert.Same(grid[0, 2]!.Cell, grid[0, 3]!.Cell);
        Assert.Equal("增速", grid[1, 3]!.Cell.Content.PlainText());
    }

    [Fact]
    public void A_table_split_by_a_page_break_is_one_table_and_a_repeated_header_is_dropped()
    {
        var doc = Run.FromText("各位代表：\n\n项目\t金额\n收入\t10\n\n¹ 注释。\n\n项目\t金额\n支出\t8¹\n");
        var table = doc.Single<Table>();
        Assert.Single(table.Header);
        Assert.Equal(["收入", "支出"], table.Body.Select(r => r.Cells[0].Content.PlainText()));
        Assert.Equal(new FootnoteReference("1"), table.Body[1].Cells[1].Content[^1]);
    }

    [Fact]
    public void A_marker_after_a_space_in_a_cell_loses_the_space()
    {
        var doc = Run.FromText("各位代表：\n\n项目\t说明\n收入\t可比持平 ¹\n\n¹ 注释。");
        var cell = doc.Single<Table>().Body[0].Cells[1];
        Assert.Equal([new Text("可比持平"), new FootnoteReference("1")], cell.Content);
    }
}

public class SplitRowTests
{
    [Fact]
    public void A_row_cut_by_a_page_break_is_one_row()
    {
        var doc = Run.FromText("各位代表：\n\n项目\t说明\n收入\t主要来自\n\n¹ 注释。\n\n项目\t说明\n\t税收和非税收入¹\n支出\t8\n");
        var table = doc.Single<Table>();
        Assert.Equal(["收入", "支出"], table.Body.Select(r => r.Cells[0].Content.PlainText()));
        Assert.Equal("主要来自税收和非税收入", table.Body[0].Cells[1].Content.PlainText());
    }

    [Fact]
    public void A_short_line_of_figures_alone_is_no_caption()
    {
        var options = ReportPipeline.Structure.StructureOptions.Default;
        Assert.False(ReportPipeline.Structure.TableAssembler.IsCaption("2024. 02", options));
        Assert.False(ReportPipeline.Structure.TableAssembler.IsCaption("(3)", options));
        Assert.True(ReportPipeline.Structure.TableAssembler.IsCaption("Sources of air toxics", options));
        Assert.True(ReportPipeline.Structure.TableAssembler.IsCaption("2024年收支表", options));
    }
}
