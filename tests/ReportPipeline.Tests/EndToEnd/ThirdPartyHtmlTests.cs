using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Readers.Html;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>Web pages no one on the team wrote (shared/third-party/html, copied into fixtures/third-party).</summary>
public class ThirdPartyHtmlTests
{
    private static ReportDocument Read(string name) =>
        new HtmlReportReader().Read(File.ReadAllBytes(Repo.Fixture(Path.Combine("third-party", name))));

    private static List<string> References(ReportDocument d) =>
        d.FootnoteReferences().Select(r => r.FootnoteId).ToList();

    [Fact]
    public void Pandocs_footnotes_section_links_every_note()
    {
        var d = Read("pandoc-writer.html5.html");
        Assert.Equal("Pandoc Test Suite", d.Metadata.Title);
        Assert.Equal(5, d.Footnotes.Count);
        Assert.Equal(d.Footnotes.Select(f => f.Id).ToHashSet(), References(d).ToHashSet());
        Assert.DoesNotContain(d.Footnotes, f => f.Content.PlainText().Contains('↩'));
        // Its body uses h1 for chapters as well as the title block: h5 stays level 5.
        Assert.Contains(d.Blocks.OfType<Heading>(), h => h.Title.PlainText() == "Level 5" && h.Level == 5);
        Assert.Contains(d.Blocks.OfType<Heading>(), h => h.Title.PlainText() == "Headers" && h.Level == 1);
    }

    [Fact]
    public void A_wikipedia_page_gives_its_article_with_every_citation_linked()
    {
        var d = Read("wikipedia-duck.html");
        Assert.Equal("Duck", d.Metadata.Title);
        Assert.Equal(55, d.Footnotes.Count);
        Assert.Equal(71, References(d).Count);
        // The page's pictures are on the web: each is named in a warning and none is fetched (issue 15).
        Assert.NotEmpty(d.Diagnostics);
        Assert.All(d.Diagnostics, x => Assert.Equal("image-external", x.Code));
        Assert.Empty(d.Figures());
        string text = string.Concat(d.InlineRuns().Select(r => r.PlainText()));
        Assert.DoesNotContain("Jump to content", text);
        Assert.DoesNotContain("136 languages", text);
        Assert.Contains(d.Blocks.OfType<Heading>(), h => h.Title.PlainText() == "Etymology" && h.Level == 1);
        Assert.Contains(d.Blocks.OfType<Heading>(), h => h.Title.PlainText() == "Feeding" && h.Level == 2);
    }

    [Theory]
    [InlineData("<html><head><title>x</title></head><body><nav>menu</nav><script>var a;</script></body></html>")]
    [InlineData("")]
    public void A_page_with_no_content_is_refused(string html)
    {
        var e = Assert.ThrowsAny<ReportReadException>(() => new HtmlReportReader().Read(System.Text.Encoding.UTF8.GetBytes(html)));
        Assert.NotEmpty(e.Message);
    }

    [Fact]
    public void Word_and_libreoffice_footnote_anchors_are_linked()
    {
        const string html = """
            <html><body>
            <p>收入增长<a href="#_ftn1" name="_ftnref1"><sup>[1]</sup></a>，支出下降<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>。</p>
            <div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> Word 的脚注。</p></div>
            <div id="sdfootnote1"><p><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>LibreOffice 的脚注。</p></div>
            </body></html>
            """;
        var d = new HtmlReportReader().Read(System.Text.Encoding.UTF8.GetBytes(html));
        Assert.Equal(["Word 的脚注。", "LibreOffice 的脚注。"], d.Footnotes.Select(f => f.Content.PlainText()));
        Assert.Equal(2, References(d).Distinct().Count());
        Assert.Equal("收入增长，支出下降。", d.Blocks.OfType<Paragraph>().Single().Content.PlainText());
    }
}

public class PlainNotesListTests
{
    [Theory]
    [InlineData("<h2>注释</h2><ol><li>第一条注释。</li><li>第二条注释。</li></ol>")]
    [InlineData("<p>注释：</p><p>[1] 第一条注释。</p><p>[2] 第二条注释。</p>")]
    public void A_plain_numbered_notes_list_at_the_end_of_a_page_is_linked(string notes)
    {
        var html = $"<html><body><p>收入增长[1]，<strong>支出</strong>下降[2]。</p>{notes}</body></html>";
        var d = new ReportPipeline.Readers.Html.HtmlReportReader().Read(System.Text.Encoding.UTF8.GetBytes(html));
        Assert.Equal(["第一条注释。", "第二条注释。"], d.Footnotes.Select(f => f.Content.PlainText()));
        Assert.Equal(2, d.FootnoteReferences().Count());
        Assert.Equal("收入增长，支出下降。", d.Blocks.OfType<Paragraph>().Single().Content.PlainText());
        Assert.Empty(d.Diagnostics);
    }
}
