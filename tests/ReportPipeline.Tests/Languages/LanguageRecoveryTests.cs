using ReportPipeline.Languages;
using ReportPipeline.Model;
using ReportPipeline.Structure;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Languages;

public class LanguageRecoveryTests
{
    private static readonly SourceSpan At = SourceSpan.Line(1);

    private static ReportDocument Doc(string language, params Block[] blocks) =>
        new(new Metadata(null, null, null, null, language), blocks.ToValueList(), [], [], []);

    private static Paragraph P(string text) => new([], [new Text(text)], At);

    [Fact]
    public void A_latin_run_of_two_words_in_chinese_is_an_english_span()
    {
        var doc = LanguageRecovery.Apply(Doc("zh-CN", P("我们同 World Bank 合作开展“Green Cities Initiative”项目，PI 负责。")));
        var content = Assert.IsType<Paragraph>(doc.Blocks[0]).Content;
        Assert.Equal(
            [new Text("我们同 "), new LanguageSpan("en", [new Text("World Bank")]), new Text(" 合作开展“"),
             new LanguageSpan("en", [new Text("Green Cities Initiative")]), new Text("”项目，PI 负责。")],
            content);
        Assert.Null(doc.Blocks[0].Language);
    }

    [Fact]
    public void Digits_and_units_between_latin_words_stay_inside_the_span_and_outside_at_its_edges()
    {
        var doc = LanguageRecovery.Apply(Doc("zh-CN", P("实施 Agenda 2030 Plan 后，增长 5 GW 以上。")));
        var spans = Assert.IsType<Paragraph>(doc.Blocks[0]).Content.OfType<LanguageSpan>().ToList();
        Assert.Equal(["Agenda 2030 Plan"], spans.Select(s => s.Content.PlainText()));
    }

    [Fact]
    public void The_minimum_words_of_a_span_is_an_option()
    {
        var options = LanguageOptions.Default with { MinimumSpanWords = 3 };
        var doc = LanguageRecovery.Apply(Doc("zh-CN", P("我们同 World Bank 合作。")), options);
        Assert.Equal([new Text("我们同 World Bank 合作。")], Assert.IsType<Paragraph>(doc.Blocks[0]).Content);
    }

    [Fact]
    public void A_mostly_latin_paragraph_in_a_chinese_report_is_an_english_block_without_spans()
    {
        var doc = LanguageRecovery.Apply(Doc("zh-CN", P("全年经济运行稳中向好，主要指标好于预期。"),
            P("The city signed a memorandum with the Asian Development Bank (亚洲开发银行) on green finance.")));
        Assert.Equal([null, "en"], doc.Blocks.Select(b => b.Language));
        var english = Assert.IsType<Paragraph>(doc.Blocks[1]).Content;
        Assert.Equal([new LanguageSpan("zh-CN", [new Text("亚洲开发银行")])], english.OfType<LanguageSpan>());
        Assert.Equal("zh-CN", doc.Metadata.Language);
    }

    [Fact]
    public void Notes_get_their_language_and_spans_too()
    {
        var doc = Doc("zh-CN", P("全年经济运行稳中向好，主要指标好于预期。")) with
        {
            Footnotes = [new Footnote("1", "¹", [new Text("Source: Statistics Bureau of the district.")], At),
                         new Footnote("2", "²", [new Text("主要研究者（Principal Investigator）。")], At)],
        };
        var notes = LanguageRecovery.Apply(doc).Footnotes;
        Assert.Equal(["en", null], notes.Select(n => n.Language));
        Assert.Single(notes[1].Content.OfType<LanguageSpan>());
    }

    [Theory]
    [InlineData("本市の経済は緩やかに回復している。今年の成長率は5%となった。", "ja")]
    [InlineData("올해 경제는 완만하게 회복되었다. 성장률은 5%였다.", "ko")]
    [InlineData("全年地区生产总值增长 5.2%。", "zh-CN")]
    [InlineData("Revenue rose by 5.2 percent in 2025.", "en")]
    public void The_document_language_comes_from_the_script_mix_whatever_the_reader_guessed(string text, string expected)
    {
        Assert.Equal(expected, LanguageRecovery.Apply(Doc("zh-CN", P(text))).Metadata.Language);
        Assert.Equal(expected, LanguageRecovery.Apply(Doc("en", P(text))).Metadata.Language);
    }

    [Fact]
    public void A_stated_tag_of_the_detected_family_is_kept() =>
        Assert.Equal("zh-TW", LanguageRecovery.Apply(Doc("zh-TW", P("全年經濟運行穩中向好。"))).Metadata.Language);

    [Fact]
    public void Every_reader_runs_the_stage()
    {
        var doc = Run.FromText("各位代表：\n\n我们同 World Bank 合作开展项目，成效明显。\n\nThe city signed a memorandum with the Asian Development Bank.\n\n全年增长 5%。");
        Assert.Equal(["en"], doc.Blocks.Select(b => b.Language).OfType<string>());
        Assert.Single(doc.Blocks.OfType<Paragraph>().SelectMany(p => p.Content).OfType<LanguageSpan>());
    }

    [Fact]
    public void Spans_the_source_stated_are_kept_as_they_are()
    {
        var stated = new Paragraph([], [new Text("我们同"), new LanguageSpan("fr", [new Text("Banque mondiale")]), new Text("合作。")], At);
        Assert.Equal(stated.Content, Assert.IsType<Paragraph>(LanguageRecovery.Apply(Doc("zh-CN", stated)).Blocks[0]).Content);
    }
}
