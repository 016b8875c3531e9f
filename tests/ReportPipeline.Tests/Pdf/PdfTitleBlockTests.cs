using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Pdf;

/// <summary>The title block of a PDF's first page, on hand-made pages: what is the title, what the byline, and when there is none.</summary>
public class PdfTitleBlockTests
{
    private static PdfParagraph Para(string text, double size = 12, double baseline = 600, double left = 72, int lines = 1)
    {
        // A space between two Han characters is a separator the page draws as a wide gap (two agencies), as the glyph stage marks it.
        var styles = text.Select((c, i) => c == ' ' && i > 0 && i + 1 < text.Length && CjkText.IsHan(text[i - 1]) && CjkText.IsHan(text[i + 1])
            ? PdfCharStyle.Separator : PdfCharStyle.None).ToList();
        var set = Enumerable.Range(0, lines).Select(k => new PdfLine(text, left, left + Math.Min(text.Length, 60) * size * 0.5,
            baseline - k * size * 1.2, size, false, 1, Styles: styles)).ToList();
        return new PdfParagraph(text, 1, false, set);
    }

    private static ReportDocument Recover(params PdfParagraph[] flow) =>
        StructureRecovery.Recover(PdfCandidates.Build([.. flow], [], 12));

    [Fact]
    public void Sentences_over_the_title_are_the_end_of_another_document_and_a_label_there_stays_a_label()
    {
        // A gazette prints the end of the item before the report above the report's title; a label over a title ends no sentence.
        var doc = Recover(Para("某市人民代表大会财政经济委员会的审查结果报告。会议决定，批准预算草案。", baseline: 760, lines: 2),
            Para("某市人大会议文件（三）", baseline: 720),
            Para("关于某市预算执行情况的报告", size: 22, baseline: 690),
            Para("——2026年1月19日在某市人民代表大会上", baseline: 650), Para("各位代表：", baseline: 600),
            Para("受市人民政府委托，现将预算执行情况提请审议。", baseline: 580));
        Assert.Equal("关于某市预算执行情况的报告", doc.Metadata.Title);
        var other = Assert.Single(doc.Furniture);
        Assert.Equal(FurnitureKind.OtherDocument, other.Kind);
        Assert.StartsWith("某市人民代表大会财政经济委员会的审查结果报告。", other.Text);
        Assert.Equal(1, other.Source.Page);
        Assert.Contains(doc.Diagnostics, d => d.Code == "pdf-other-document" && d.Source?.Page == 1);
        Assert.Equal(ParagraphRole.DocumentLabel, Assert.IsType<Paragraph>(doc.Blocks[0]).Role);
        Assert.DoesNotContain(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText().Contains("审查结果报告"));
    }

    [Fact]
    public void Sentences_over_a_title_after_other_text_of_the_page_stay_the_pages_text()
    {
        // A page of a longer document: its text runs on above a chapter line set larger; only text opening the page is set aside.
        var doc = Recover(Para("第十四条 委员候选人应符合以下条件：", baseline: 760),
            Para("（三）有较强的参政议事能力。", baseline: 730),
            Para("第三章 职工代表大会", size: 16, baseline: 690),
            Para("第十六条 职工代表大会是工会工作的重点。", baseline: 650));
        Assert.Empty(doc.Furniture);
        Assert.Contains(doc.Blocks, b => DocumentOrder.InlineRuns(b).Any(r => r.PlainText().Contains("有较强的参政议事能力")));
    }

    [Fact]
    public void A_label_read_after_the_emblem_beside_it_still_opens_the_document()
    {
        // The label stands at the page's top left, an emblem or a QR code at its right: the picture comes first in the flow.
        var emblem = new FlowFigure(new PdfFigureRegion(1, new PageBox(450, 720, 520, 790), []), ValueList<FigureImage>.Empty);
        var doc = StructureRecovery.Recover(PdfCandidates.Build([emblem, Para("某市人大会议文件（三）", baseline: 760),
            Para("关于某市预算执行情况的报告", size: 22, baseline: 690), Para("某市财政局", baseline: 650), Para("各位代表：", baseline: 600),
            Para("受市人民政府委托，现将预算执行情况提请审议。", baseline: 580)], [], 12));
        Assert.Equal(ParagraphRole.DocumentLabel, Assert.IsType<Paragraph>(doc.Blocks[0]).Role);
        Assert.IsType<Figure>(doc.Blocks[1]);
        Assert.Equal("关于某市预算执行情况的报告", doc.Metadata.Title);
        Assert.Equal("某市财政局", doc.Metadata.Author); // the issuing agency under the title
    }

    [Fact]
    public void A_sentence_after_the_title_stays_the_reports_text()
    {
        var doc = Recover(Para("关于某市预算执行情况的报告", size: 22, baseline: 760),
            Para("受市人民政府委托，现将预算执行情况提请审议。", baseline: 700));
        Assert.Empty(doc.Furniture);
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText().StartsWith("受市人民政府委托", StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_label_set_as_large_as_the_title_above_it_is_no_title_but_the_documents_label()
    {
        var doc = Recover(Para("第一部 分 预算报告", size: 22, baseline: 760), Para("关于某市预算执行情况的报告", size: 22, baseline: 690),
            Para("——2026年1月19日在某市人民代表大会上", baseline: 650), Para("各位代表：", baseline: 600),
            Para("受市人民政府委托，现将预算执行情况提请审议。", baseline: 580));
        Assert.Equal("关于某市预算执行情况的报告", doc.Metadata.Title);
        var label = Assert.IsType<Paragraph>(doc.Blocks[0]);
        Assert.Equal(ParagraphRole.DocumentLabel, label.Role);
        Assert.StartsWith("第一部", label.Content.PlainText());
    }

    [Fact]
    public void A_running_head_set_smaller_than_the_body_above_the_first_line_is_no_title()
    {
        var doc = Recover(Para("Draft - Subject to Review", size: 9, baseline: 770), Para("IN THE COURT OF APPEALS OF THE STATE", baseline: 730),
            Para("The matter came on for argument before the court at noon.", baseline: 700));
        Assert.Equal("IN THE COURT OF APPEALS OF THE STATE", doc.Metadata.Title);
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText() == "Draft - Subject to Review");
    }

    [Fact]
    public void A_title_set_over_lines_smaller_than_its_last_is_one_title_and_korean_lines_keep_their_space()
    {
        var doc = Recover(Para("제1차 회의", size: 12, baseline: 780), Para("기후위기 대응법 일부개정법률안", size: 26, baseline: 700),
            Para("검토보고", size: 30, baseline: 660), Para("이 법안은 위원회에 회부되었다.", baseline: 560));
        Assert.Equal("기후위기 대응법 일부개정법률안 검토보고", doc.Metadata.Title);
        Assert.DoesNotContain(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText().Contains("개정법률안"));
    }

    [Fact]
    public void A_deck_sentence_set_over_the_title_is_not_the_titles()
    {
        var doc = Recover(Para("An old observation about digits now helps to detect fraud.", size: 12.5, baseline: 735),
            Para("The Difficulty of Faking Data", size: 14.4, baseline: 710), Para("Theodore P. Hill", baseline: 690),
            Para("Most people have notions of randomness which differ from true randomness.", baseline: 660));
        Assert.Equal("The Difficulty of Faking Data", doc.Metadata.Title);
        Assert.Equal("Theodore P. Hill", doc.Metadata.Author);
    }

    [Fact]
    public void A_line_far_above_the_title_or_much_smaller_is_not_the_titles()
    {
        var doc = Recover(Para("Quarterly Bulletin", size: 16, baseline: 780), Para("Review of the Regional Economy", size: 30, baseline: 660),
            Para("The economy grew in the quarter.", baseline: 560));
        Assert.Equal("Review of the Regional Economy", doc.Metadata.Title);
    }

    [Fact]
    public void A_page_opening_with_a_long_paragraph_at_the_body_size_has_no_title()
    {
        var doc = Recover(Para("標準モデルは二次元で説明する。取引できない商品がある場合を考える", lines: 6, baseline: 700),
            Para("次の段落は別の話題である。", baseline: 600));
        Assert.Null(doc.Metadata.Title);
        Assert.Equal(2, doc.Blocks.OfType<Paragraph>().Count());
    }

    [Fact]
    public void A_byline_set_under_the_occasion_line_but_read_after_the_body_is_the_author()
    {
        var doc = Recover(Para("关于某市2024年预算执行情况的报告", size: 20, baseline: 700), Para("——2025年1月5日在某市人民代表大会第四次会议上", size: 14, baseline: 672),
            Para("各位代表：", baseline: 620), Para("现将预算执行情况报告如下。", baseline: 600),
            Para("某市财政局", baseline: 652, left: 300));
        Assert.Equal("某市财政局", doc.Metadata.Author);
        Assert.StartsWith("——2025年1月5日", doc.Metadata.Subtitle);
        Assert.DoesNotContain(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText() == "某市财政局");
    }

    [Fact]
    public void A_byline_far_under_the_title_block_stays_where_it_is_read()
    {
        var doc = Recover(Para("关于某市2024年预算执行情况的报告", size: 20, baseline: 700), Para("——2025年1月5日在某市人民代表大会第四次会议上", size: 14, baseline: 672),
            Para("各位代表：", baseline: 620), Para("现将预算执行情况报告如下。", baseline: 600), Para("某市财政局", baseline: 400, left: 300));
        Assert.Null(doc.Metadata.Author);
    }

    [Fact]
    public void Names_under_a_title_are_the_author_and_their_affiliation_no_subtitle()
    {
        var doc = Recover(Para("Poor Assumptions of Simple Classifiers", size: 16, baseline: 720), Para("Mary K. Jones", baseline: 690),
            Para("Peter Brown Anna White", baseline: 676), Para("Institute of Computing; Cambridge, MA 02139", baseline: 662),
            Para("Simple classifiers are often used as a baseline.", baseline: 630));
        Assert.StartsWith("Mary K. Jones", doc.Metadata.Author);
        Assert.Contains("Anna White", doc.Metadata.Author);
        Assert.Null(doc.Metadata.Subtitle);
    }

    [Fact]
    public void Names_with_degrees_on_two_lines_under_a_title_are_one_author_no_subtitle()
    {
        var doc = Recover(Para("Deaths from Heart Disease — Some State, 2006", size: 16, baseline: 720), Para("Mary K. Jones, PhD", baseline: 690),
            Para("Peter B. Brown, MS", baseline: 676), Para("Center for Chronic Disease Prevention", baseline: 662),
            Para("Heart disease is the first cause of death in the state.", baseline: 630));
        Assert.Equal("Mary K. Jones, PhD; Peter B. Brown, MS", doc.Metadata.Author);
        Assert.Null(doc.Metadata.Subtitle);
    }

    [Fact]
    public void A_byline_whose_names_carry_a_note_is_the_author_without_the_marks()
    {
        // The corresponding author's "∗" is linked to its note; the daggers name affiliations. The note stays a note.
        ParagraphCandidate P(params Inline[] content) => new(RecoveredText.FromInlines([.. content]), SourceSpan.OnPage(1));
        var doc = StructureRecovery.Recover(new DecodedReport([
            P(new Text("A Network for Reading Text")),
            P(new Text("Ann Lee"), new Emphasis([new Text("†")]), new Text(", Bo Jin"), new FootnoteReference("n1"), new Emphasis([new Text("†‡")]),
                new Text(", Cy Sun"), new Emphasis([new Text("†")])),
            P(new Text("School of Engineering, Some University"), new Emphasis([new Text("†")])),
            P(new Text("Irregular text is widely used. It is hard to read.")),
            new FootnoteCandidate(1, "∗", RecoveredText.FromPlain("Corresponding author"), SourceSpan.OnPage(1), "n1")], null, false));
        Assert.Equal("Ann Lee, Bo Jin, Cy Sun", doc.Metadata.Author);
        Assert.Null(doc.Metadata.Subtitle);
        Assert.Single(doc.Footnotes);
    }

    [Fact]
    public void Issuing_agencies_under_a_title_are_the_author()
    {
        var doc = Recover(Para("某州2025年国民经济和社会发展统计公报", size: 18), Para("某州统计局 国家统计局某州调查队", baseline: 570),
            Para("全州经济运行总体平稳。", baseline: 540));
        Assert.Equal("某州统计局 国家统计局某州调查队", doc.Metadata.Author);
        Assert.Null(doc.Metadata.Subtitle);
    }

    [Theory]
    [InlineData("Jason D. M. Rennie", true)]
    [InlineData("Jane Smith, John Doe and Ann Lee", true)]
    [InlineData("J. R. Tolkien & C. S. Lewis", true)]
    [InlineData("Ann Lee†, Bo Jin∗†‡, Cy Sun†", true)] // names marked for their notes
    [InlineData("Nora L. Keenan, PhD", true)] // a degree after the name is the name's
    [InlineData("Ann Lee, MS, and Bo Jin, Ph.D., and Cy Sun", true)]
    [InlineData("Kate Shaw, MS", false)] // one name without an initial: as likely a subtitle
    [InlineData("PhD, MS", false)]
    [InlineData("Policy Analysis and Program Evaluation", false)] // two capitalised pairs: as likely a subtitle
    [InlineData("Annual Report", false)]
    [InlineData("Department of Health", false)]
    [InlineData("Results for 2024", false)]
    public void A_line_of_personal_names_has_an_initial_or_three_names(string line, bool names) =>
        Assert.Equal(names, TitleBlockRecognizer.IsPersonNames(line));

    [Theory]
    [InlineData("某州统计局 国家统计局某州调查队", true)]
    [InlineData("某市财政局", true)]
    [InlineData("二〇二四年度", false)]
    [InlineData("主要观点", false)]
    [InlineData("——在某市人民代表大会上", false)]
    public void A_line_of_chinese_organisations_ends_each_name_with_an_organisation(string line, bool organisations) =>
        Assert.Equal(organisations, TitleBlockRecognizer.IsOrganisations(line));

    [Theory]
    [InlineData("PLEASE TYPE OR PRINT CLEARLY", false)]
    [InlineData("Do not write below this line", false)]
    [InlineData("SECTION 1 - APPLICANT DETAILS", true)]
    public void A_forms_instruction_set_in_bold_is_no_heading_its_section_line_is(string line, bool heading)
    {
        Candidate Bold(string text) => new ParagraphCandidate(RecoveredText.FromPlain(text), SourceSpan.OnPage(1), Bold: true);
        var doc = StructureRecovery.Recover(new DecodedReport([new ParagraphCandidate(RecoveredText.FromPlain("A form."), SourceSpan.OnPage(1)),
            Bold(line), new ParagraphCandidate(RecoveredText.FromPlain("Name of the applicant as printed on the card"), SourceSpan.OnPage(1))], null, false));
        Assert.Equal(heading, doc.Blocks.OfType<Heading>().Any(h => h.Title.PlainText() == line));
    }

    private static PdfParagraph Styled(string text, PdfCharStyle style, double baseline, bool spaceAbove = true) =>
        new(text, 1, false, [new PdfLine(text, 72, 300, baseline, 10, false, 1, Styles: Enumerable.Repeat(style, text.Length).ToList())])
        { SpaceAbove = spaceAbove };

    [Theory]
    [InlineData("Boots Self-Locking Nut", true, true)]
    [InlineData("Elastic Stop Nut", true, true)]
    [InlineData("as shown in the drawing below", true, false)] // emphasis, no side heading
    [InlineData("Elastic Stop Nut", false, false)] // not set apart from the text above
    public void An_italic_line_in_title_case_set_apart_over_regular_text_is_a_side_heading(string line, bool spaceAbove, bool heading)
    {
        var flow = new List<PdfFlowItem> { Styled("The nuts are made in three kinds and many sizes.", PdfCharStyle.None, 700),
            Styled(line, PdfCharStyle.Italic, 680, spaceAbove), Styled("The nut is of one piece, all metal, and holds tight.", PdfCharStyle.None, 668, false) };
        var doc = StructureRecovery.Recover(PdfCandidates.Build(flow, [], 10));
        Assert.Equal(heading, doc.Blocks.OfType<Heading>().Any(h => h.Title.PlainText() == line));
    }

    [Fact]
    public void An_italic_line_over_more_italic_text_is_no_side_heading()
    {
        var flow = new List<PdfFlowItem> { Styled("The nuts are made in three kinds and many sizes.", PdfCharStyle.None, 700),
            Styled("Elastic Stop Nut", PdfCharStyle.Italic, 680), Styled("A quotation set in italic throughout.", PdfCharStyle.Italic, 668, false) };
        Assert.Empty(StructureRecovery.Recover(PdfCandidates.Build(flow, [], 10)).Blocks.OfType<Heading>());
    }
}
