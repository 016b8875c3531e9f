using ReportPipeline.Model;
using ReportPipeline.Structure;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Structure;

/// <summary>
/// Title blocks of Korean public documents and of patents (hand-made text): a sitting's kind in brackets under its number,
/// the issuing body as the author, and a patent front page whose title is its field (54).
/// </summary>
public class KoreanTitleBlockTests
{
    [Fact]
    public void A_bracketed_line_under_the_subtitle_goes_on_with_it_and_the_issuing_body_under_them_is_the_author()
    {
        var doc = Run.FromText("가나위원회회의록\n\n제 1 호\n\n(임시회)\n\n국회사무처\n\n일 시 2024년5월7일(화)\n\n회의를 시작하겠습니다.");
        Assert.Equal("가나위원회회의록", doc.Metadata.Title);
        Assert.Equal("제 1 호 (임시회)", doc.Metadata.Subtitle);
        Assert.Equal("국회사무처", doc.Metadata.Author);
        // A line with more than a bracketed word is no part of the subtitle, and the author is not looked for past it.
        var other = Run.FromText("가나위원회회의록\n\n제 1 호\n\n(임시회) 개의\n\n국회사무처\n\n회의를 시작하겠습니다.");
        Assert.Equal("제 1 호", other.Metadata.Subtitle);
        Assert.Null(other.Metadata.Author);
    }

    [Theory]
    [InlineData("국회사무처", true)]
    [InlineData("행정안전부 특허청", true)]
    [InlineData("某市财政局", true)]
    [InlineData("의사일정", false)]       // a section title
    [InlineData("가나다 라마바", false)]
    [InlineData("사무처", true)]
    [InlineData("처", false)]             // too short to name a body
    public void Korean_public_bodies_are_organisations(string line, bool organisation) =>
        Assert.Equal(organisation, TitleBlockRecognizer.IsOrganisations(line));

    [Fact]
    public void A_patent_front_page_takes_its_title_from_field_54_and_keeps_its_fields_in_the_body()
    {
        var doc = Run.FromText("(19) 가나다특허청(KR)\n\n(12) 공개특허공보(A)\n\n(51) 국제특허분류\n\n"
                               + "(54) 발명의 명칭 가나다 라마바 장치 및 그 동작 방법\n\n(57) 요 약\n\n본 발명은 장치를 제시한다.");
        Assert.Equal("가나다 라마바 장치 및 그 동작 방법", doc.Metadata.Title);
        Assert.Null(doc.Metadata.Subtitle);
        // The field line is the body's (a text reader reads it as it reads any numbered line), not the title block's.
        Assert.Contains(doc.Blocks, b => b is Paragraph p && p.Content.PlainText().Contains("가나다특허청(KR)")
                                         || b is Heading h && h.Title.PlainText().Contains("가나다특허청(KR)"));
        var english = Run.FromText("(19) Patent Office\n\n(54) Title of the invention: Image masking device\n\n(57) Abstract\n\nThe device masks images.");
        Assert.Equal("Image masking device", english.Metadata.Title);
        // A title block that opens with no field code keeps its own title, whatever field (54) says.
        Assert.Equal("가나다 검토보고서", Run.FromText("가나다 검토보고서\n\n(54) 발명의 명칭 라마바 장치\n\n본 발명은 장치를 제시한다.").Metadata.Title);
    }
}
