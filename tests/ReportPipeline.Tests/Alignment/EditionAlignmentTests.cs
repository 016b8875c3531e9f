using ReportPipeline.Alignment;
using ReportPipeline.Model;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Alignment;

/// <summary>The Lanshan report and its English edition (translated for the project), against pairs written by hand.</summary>
public class EditionAlignmentTests
{
    public const string Original = "lanshan-2026-budget-report.txt";
    public const string Translation = "bilingual/lanshan-2026-budget-report.en.txt";
    private static readonly IReadOnlyList<ExpectedPair> Expected = ExpectedPair.Load("bilingual/lanshan-2026-budget-report.pairs.tsv");

    public static EditionAlignment Lanshan(string original = Original, AlignmentOptions? options = null) =>
        EditionAligner.Align(Run.Fixture(original), Run.Fixture(Translation), options);

    [Theory]
    [InlineData(Original)]
    [InlineData("office/lanshan-2026-budget-report.styled.docx")]
    [InlineData("office/lanshan-2026-budget-report.direct.docx")]
    [InlineData("office/lanshan-2026-budget-report.styled.html")]
    [InlineData("office/lanshan-2026-budget-report.styled.pdf")]
    public void Every_heading_and_note_pairs_and_at_least_95_percent_of_paragraphs(string original)
    {
        var alignment = Lanshan(original);
        Assert.Equal("zh-CN", alignment.Original.Metadata.Language);
        Assert.Equal("en", alignment.Translation.Metadata.Language);
        foreach (var kind in new[] { "heading", "note", "title", "subtitle", "author", "table" })
        {
            var missing = Expected.Where(e => e.Kind == kind && !e.FoundIn(alignment)).ToList();
            Assert.True(missing.Count == 0, $"{kind} pairs missing: {string.Join("; ", missing)}");
        }
        var paragraphs = Expected.Where(e => e.Kind is "paragraph" or "listItem").ToList();
        int right = paragraphs.Count(e => e.FoundIn(alignment));
        Assert.True(right >= 0.95 * paragraphs.Count, $"{right} of {paragraphs.Count} paragraph pairs right: missing {string.Join("; ", paragraphs.Where(e => !e.FoundIn(alignment)))}");
        Assert.Empty(alignment.Gaps);
        Assert.Empty(alignment.Unpaired);
    }

    [Fact]
    public void The_length_ratio_is_learnt_from_what_structure_paired()
    {
        var alignment = Lanshan();
        // The hand-made translation runs at about 3.8 letters per Chinese character (counted over all paragraphs by hand).
        Assert.InRange(alignment.LengthRatio, 3.0, 4.5);
    }

    [Fact]
    public void A_chapter_missing_from_the_translation_is_a_gap_and_the_rest_still_pairs()
    {
        string text = File.ReadAllText(Repo.Fixture(Translation));
        int start = text.IndexOf("II. Execution of the Government Fund Budget", StringComparison.Ordinal);
        int end = text.IndexOf("III. Implementation", StringComparison.Ordinal);
        // The chapter goes with its note (⁴): a note left without its reference would stay in the body under "Notes".
        string withoutChapter = text.Remove(start, end - start);
        int note = withoutChapter.IndexOf("\n⁴ ", StringComparison.Ordinal);
        withoutChapter = withoutChapter.Remove(note, withoutChapter.IndexOf('\n', note + 1) - note);
        var shortened = ReportPipeline.Pipeline.ReportConverter.AllReaders.OfType<ReportPipeline.Readers.PlainText.TextReportReader>().Single()
            .Read(System.Text.Encoding.UTF8.GetBytes(withoutChapter));
        var alignment = EditionAligner.Align(Run.Fixture(Original), shortened);

        var gap = Assert.Single(alignment.Gaps);
        Assert.Contains("二、政府性基金预算执行情况", gap);
        Assert.Contains(alignment.Unpaired, r => r.Original.Any(u => u.Text.StartsWith("全县政府性基金预算收入", StringComparison.Ordinal)) && r.Translation.Count == 0);
        var headings = Expected.Where(e => e.Kind == "heading" && !e.Original.StartsWith("二、政府性基金", StringComparison.Ordinal)).ToList();
        Assert.All(headings, e => Assert.True(e.FoundIn(alignment), $"heading {e} not paired"));
        Assert.True(Expected.Single(e => e.Original == "坚持过紧日子。").FoundIn(alignment));
    }

    [Fact]
    public void Two_editions_in_one_language_are_refused()
    {
        var e = Assert.Throws<EditionMismatchException>(() => EditionAligner.Align(Run.Fixture(Original), Run.Fixture("variants/gb18030.txt")));
        Assert.Contains("zh-CN", e.Message);
    }

    [Fact]
    public void Sentences_pair_inside_paragraph_pairs_when_asked()
    {
        var alignment = Lanshan(options: AlignmentOptions.Default with { Sentences = true });
        var pair = alignment.Pairs.Single(p => p.Original[0].Text.StartsWith("全县一般公共预算收入完成", StringComparison.Ordinal));
        Assert.Collection(pair.Sentences,
            s => { Assert.StartsWith("全县一般公共预算收入完成", s.Original.Single().Text); Assert.StartsWith("General public budget revenue", s.Translation.Single().Text); },
            s => { Assert.StartsWith("其中税收收入", s.Original.Single().Text); Assert.StartsWith("Of this, tax revenue", s.Translation.Single().Text); });
    }

    [Fact]
    public void A_table_pairs_with_its_caption_and_the_cells_that_hold_words()
    {
        var table = Lanshan().Pairs.Single(p => p.Kind == UnitKind.Table);
        Assert.Equal(1, table.Confidence);
        Assert.Contains(table.Sentences, c => c.Kind == UnitKind.Caption);
        Assert.Contains(table.Sentences, c => c.Original[0].Text == "税收收入" && c.Translation[0].Text == "Tax revenue");
        Assert.Contains(table.Sentences, c => c.Original[0].Text == "17.66 亿元" && c.Translation[0].Text == "1.766 billion yuan");
        Assert.DoesNotContain(table.Sentences, c => c.Original[0].Text == "5.3%");
    }
}
