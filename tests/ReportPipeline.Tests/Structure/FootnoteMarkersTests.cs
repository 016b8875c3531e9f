using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Structure;

public class FootnoteMarkersTests
{
    [Fact]
    public void Finds_superscript_circled_and_bracketed_markers_in_order()
    {
        var markers = FootnoteMarkers.Find("甲¹²乙②丙[3]丁［4］戊〔5〕").ToList();
        Assert.Equal([12, 2, 3, 4, 5], markers.Select(m => m.Number));
        Assert.Equal([MarkerStyle.Superscript, MarkerStyle.Circled, MarkerStyle.Bracketed, MarkerStyle.Bracketed, MarkerStyle.Bracketed],
            markers.Select(m => m.Style));
    }

    [Theory]
    [InlineData("¹ 注释正文。", 1, "¹")]
    [InlineData("²⁶ 注释正文。", 26, "²⁶")]
    [InlineData("³即 1 个平台。", 3, "³")]
    public void Superscript_definitions_stand_anywhere(string line, int number, string marker)
    {
        var definition = FootnoteMarkers.ParseDefinition(line, inNotesZone: false);
        Assert.NotNull(definition);
        Assert.Equal(number, definition.Value.Number);
        Assert.Equal(marker, definition.Value.Marker);
    }

    [Theory]
    [InlineData("① 注释正文", 1)]
    [InlineData("[12] 注释正文", 12)]
    [InlineData("〔3〕注释正文", 3)]
    [InlineData("4. Source: state budget office.", 4)]
    public void Other_definitions_count_only_in_a_notes_zone(string line, int number)
    {
        Assert.Null(FootnoteMarkers.ParseDefinition(line, inNotesZone: false));
        Assert.Equal(number, FootnoteMarkers.ParseDefinition(line, inNotesZone: true)!.Value.Number);
    }
}
