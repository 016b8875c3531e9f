using ReportPipeline.Model;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.RoundTrip;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Html;
using ReportPipeline.Writers.Json;
using ReportPipeline.Writers.Markdown;

namespace ReportPipeline.Tests.Languages;

/// <summary>The two bilingual shapes written for the project: a Chinese report quoting English, and a 中英对照 edition.</summary>
public class BilingualFixtureTests
{
    private const string Quoting = "bilingual/haibin-2026-opening-report.txt";
    private const string Interleaved = "bilingual/lanshan-2026-budget-report.zh-en.txt";

    private static IEnumerable<(string Language, string Text)> Spans(IEnumerable<Inline> inlines) => inlines.SelectMany(i => i switch
    {
        LanguageSpan l => [(l.Language, l.Content.PlainText())],
        Strong s => Spans(s.Content),
        Emphasis e => Spans(e.Content),
        _ => [],
    });

    private static List<(string, string)> AllSpans(ReportDocument d) =>
        d.InlineRuns().Concat(d.Footnotes.Select(f => f.Content)).SelectMany(Spans).ToList();

    // Read by hand from the fixture: every Latin phrase of two words or more inside Chinese text.
    private static readonly (string, string)[] QuotedPhrases =
    [
        ("en", "World Bank"), ("en", "Green Cities Initiative"), ("en", "Project Management Office"), ("en", "Smart Port Innovation Hub"),
        ("en", "Principal Investigator"), ("en", "Global Talent Forum"), ("en", "International Bank for Reconstruction and Development"),
    ];

    [Fact]
    public void A_chinese_report_quoting_english_marks_the_phrases_and_the_english_paragraph()
    {
        var doc = Run.Fixture(Quoting);
        Assert.Equal("zh-CN", doc.Metadata.Language);
        Assert.Equal(QuotedPhrases, AllSpans(doc));
        var english = Assert.Single(doc.Blocks, b => b.Language is not null);
        Assert.Equal("en", english.Language);
        Assert.StartsWith("The Committee signed", Assert.IsType<Paragraph>(english).Content.PlainText());
        Assert.DoesNotContain(doc.Blocks, b => b.IsTranslation);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    public void Languages_survive_a_round_trip(string format)
    {
        foreach (var fixture in new[] { Quoting, Interleaved })
        {
            var original = Run.Fixture(fixture);
            TreeComparison.AssertSameContent(original, RoundTripTests.RoundTrip(format, original));
        }
    }

    [Fact]
    public void The_html_page_marks_each_language_and_the_markdown_stays_plain()
    {
        var doc = Run.Fixture(Quoting);
        var page = HtmlLinks.Parse(HtmlReportWriter.Render(doc));
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(QuotedPhrases.Select(p => p.Item2), page.QuerySelectorAll("span[lang=en]").Select(s => s.TextContent));
        Assert.StartsWith("The Committee signed", page.QuerySelector("p[lang=en]")!.TextContent);
        string markdown = Run.RenderText(new MarkdownReportWriter(), doc);
        Assert.Contains("我们同 World Bank 合作开展“Green Cities Initiative”项目", markdown);
        Assert.DoesNotContain("{lang", markdown);
    }

    [Fact]
    public void An_interleaved_edition_pairs_headings_paragraphs_and_keeps_each_languages_notes_on_their_markers()
    {
        var doc = Run.Fixture(Interleaved);
        Assert.Equal("zh-CN", doc.Metadata.Language);
        // Read by hand: 11 pairs (salutation, opening, 4 headings, 4 paragraphs, closing).
        var translations = doc.Blocks.Where(b => b.IsTranslation).ToList();
        Assert.Equal(11, translations.Count);
        Assert.All(translations, t => Assert.Equal("en", t.Language));
        var headings = doc.Blocks.OfType<Heading>().ToList();
        Assert.Equal([("一、", 1), ("I.", 1), ("（一）", 2), ("(1)", 2), ("（二）", 2), ("(2)", 2), ("二、", 1), ("II.", 1)],
            headings.Select(h => (h.Label!, h.Level)));
        // Notes 1 and 3 are Chinese, referenced from the Chinese paragraphs; 2 and 4 English, from their translations.
        var notes = doc.FootnotesInReadingOrder();
        Assert.Equal([null, "en", null, "en"], notes.Select(n => n.Language));
        foreach (var block in doc.Blocks.OfType<Paragraph>())
            foreach (var reference in block.Content.FootnoteReferences())
                Assert.Equal(block.Language, doc.Footnotes.Single(f => f.Id == reference.FootnoteId).Language);
        Assert.Equal(4, doc.FootnoteReferences().Count());
    }

    [Theory]
    [InlineData(Quoting, 7, 1)]
    [InlineData(Interleaved, 0, 11)]
    public void The_json_carries_lang_and_translation_and_validates_against_the_schema(string fixture, int spans, int englishBlocks)
    {
        var schema = JsonChecks.Schema;
        string json = Run.RenderText(new JsonReportWriter(), Run.Fixture(fixture));
        var element = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.True(schema.Evaluate(element).IsValid);
        var blocks = element.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(englishBlocks, blocks.Count(b => b.TryGetProperty("lang", out var l) && l.GetString() == "en"));
        Assert.Equal(fixture == Interleaved ? 11 : 0, blocks.Count(b => b.TryGetProperty("translation", out _)));
        Assert.Equal(spans, System.Text.RegularExpressions.Regex.Matches(json, "\"type\": \"span\"").Count);
    }
}
