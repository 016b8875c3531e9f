using ReportPipeline.Model;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Structure;

/// <summary>
/// A form's front page read as rich blocks (a patent's bibliographic page, hand-made): bracketed field codes that jump
/// are no outline; a bold value over a short plain one (a name over an address) is no heading; a Korean date is a date.
/// </summary>
public class FormFieldTests
{
    private static readonly Metadata NoTitle = new(null, null, null, null, "");

    private static ParagraphCandidate Para(int line, string text, bool bold = false) =>
        new(RecoveredText.FromInlines(bold ? [new Strong([new Text(text)])] : [new Text(text)]), SourceSpan.Line(line));

    private static ReportDocument Recover(params Candidate[] flow) => StructureRecovery.Recover(new DecodedReport(flow, NoTitle, false));

    [Fact]
    public void Bracketed_numbers_that_jump_are_field_codes_and_no_headings()
    {
        var form = Recover(Para(1, "(19) 가나특허청"), Para(2, "(12) 공개공보"), Para(3, "(51) 국제분류"), Para(4, "(21) 출원번호"),
            Para(5, "(22) 출원일자"), Para(6, "본 발명은 가나다라 마바사를 제시한다."));
        Assert.Empty(form.Blocks.OfType<Heading>());
        Assert.Equal("(51) 국제분류", form.Blocks.OfType<Paragraph>().ElementAt(2).Content.PlainText());
        // The same lines numbered in order are an outline.
        var outline = Recover(Para(1, "(1) 가나특허청"), Para(2, "(2) 공개공보"), Para(3, "(3) 국제분류"), Para(4, "(4) 출원번호"),
            Para(5, "(1) 출원일자"), Para(6, "본 발명은 가나다라 마바사를 제시한다."));
        Assert.Equal(5, outline.Blocks.OfType<Heading>().Count());
    }

    [Fact]
    public void Field_codes_are_judged_only_from_the_options_count_on()
    {
        var flow = new Candidate[] { Para(1, "(19) 가나특허청"), Para(2, "(12) 공개공보"), Para(3, "(51) 국제분류"), Para(4, "본 발명은 가나다라 마바사를 제시한다.") };
        Assert.Equal(3, StructureRecovery.Recover(new DecodedReport(flow, NoTitle, false)).Blocks.OfType<Heading>().Count());
        var three = StructureOptions.Default with { MinFieldCodes = 3 };
        Assert.Empty(StructureRecovery.Recover(new DecodedReport(flow, NoTitle, false), three).Blocks.OfType<Heading>());
    }

    [Fact]
    public void A_bold_line_over_a_short_plain_value_is_no_heading()
    {
        var form = Recover(Para(1, "발명자"), Para(2, "홍길동", bold: true), Para(3, "서울특별시 가나구 다라로 12 가나빌딩 3층"),
            Para(4, "청구범위", bold: true), Para(5, "가나다 장치에 있어서,"), Para(6, "본 발명은 가나다라 마바사를 제시한다."));
        Assert.Equal(["청구범위"], form.Blocks.OfType<Heading>().Select(h => h.Title.PlainText()));
        // Over a sentence the bold line is a heading.
        var section = Recover(Para(1, "홍길동", bold: true), Para(2, "본 발명은 가나다라 마바사를 제시한다."));
        Assert.Single(section.Blocks.OfType<Heading>());
    }

    [Theory]
    [InlineData("2021년12월09일", true)]
    [InlineData("2024년 5월 7일", true)]
    [InlineData("2024년5월7일(화)", false)]
    [InlineData("2021年12月09日", true)]
    public void A_korean_date_alone_is_a_date_line(string line, bool date) => Assert.Equal(date, TitleBlockRecognizer.IsDateLine(line));
}
