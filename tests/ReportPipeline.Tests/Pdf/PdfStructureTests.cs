using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure;

namespace ReportPipeline.Tests.Pdf;

/// <summary>Structure read from PDF pages: numbered paragraphs in sequence, bold headings wrapped over lines.</summary>
public class PdfStructureTests
{
    private static readonly BodyGeometry Body = new(new Dictionary<int, (double, double)> { [0] = (50, 200) }, 10, 9);

    private static PdfLine Line(string text, double baseline, double left = 50, double right = 198, bool bold = false) =>
        new(text, left, right, baseline, 9, bold, 1, Styles: Enumerable.Repeat(bold ? PdfCharStyle.Bold : PdfCharStyle.None, text.Length).ToList());

    private static List<PdfFlowItem> Flow(params PdfLine[] lines) =>
        PdfParagraphBuilder.Build(lines.Select(l => (PdfFlowItem)new FlowLine(l)), Body, PdfParagraphOptions.Default);

    [Theory]
    [InlineData("(1) first", "(2) second", true)]
    [InlineData("（1）第一", "（2）第二", true)]
    [InlineData("a) first", "b) second", true)]
    [InlineData("3. third", "4. fourth", true)]
    [InlineData("(1) first", "(3) third", false)] // not the next label
    [InlineData("(1) first", "2. second", false)] // another form
    [InlineData("Text that lists", "(2) second", false)] // the paragraph opens with no label
    [InlineData("(a) first", "(2) second", false)]
    public void A_line_opening_with_the_next_label_of_the_paragraphs_own_is_its_sequel(string opening, string line, bool next) =>
        Assert.Equal(next, PdfParagraphBuilder.NextInSequence(opening, line));

    [Fact]
    public void A_numbered_paragraph_set_flush_without_a_gap_opens_after_the_one_before()
    {
        var paragraphs = Flow(Line("(1) Is not a significant regulatory", 700), Line("action under the order,", 690),
                Line("(2) Will not affect intrastate aviation", 680), Line("in the region, and", 670, right: 120))
            .OfType<PdfParagraph>().Select(p => p.Text).ToList();
        Assert.Equal(["(1) Is not a significant regulatory action under the order,", "(2) Will not affect intrastate aviation in the region, and"], paragraphs);
    }

    [Fact]
    public void A_short_line_ends_its_paragraph_where_the_next_lines_first_kana_would_have_fit()
    {
        // Japanese draws no spaces: a kana, like a Han character, is a word the short line above had room for.
        var paragraphs = Flow(Line("１．１ 絶縁電線関係", 700, right: 110), Line("ポリエチレン絶縁電線に裸線をより合わせて", 690),
                Line("取り扱う。", 680, right: 90))
            .OfType<PdfParagraph>().Select(p => p.Text).ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("ポリエチレン", paragraphs[1]);
    }

    [Fact]
    public void A_numbered_clause_ending_in_a_comma_or_a_joining_word_is_no_heading()
    {
        var doc = StructureRecovery.Recover([new SourceLine("Dear members:", 1), new SourceLine("", 2),
            new SourceLine("(2) Will not affect trade in the region, and", 3), new SourceLine("", 4),
            new SourceLine("(3) In the operating chapter,", 5), new SourceLine("", 6), new SourceLine("(4) Real heading", 7)]);
        Assert.Equal(["Real heading"], doc.Blocks.OfType<Heading>().Select(h => h.Title.PlainText()));
    }

    private static ReportDocument Recover(List<PdfFlowItem> flow) => StructureRecovery.Recover(PdfCandidates.Build(flow, [], 9));

    [Fact]
    public void A_bold_block_wrapped_over_two_lines_with_space_above_and_regular_text_after_is_a_heading()
    {
        var flow = Flow(Line("The plan will address the actions that return the", 700), Line("service to the public.", 690, right: 150),
            Line("Explanation of Certain Provisions, for Alternative", 675, bold: true), Line("Methods of Compliance With the Rule", 665, right: 180, bold: true),
            Line("The rule applies to all operators in the region", 651, left: 59), Line("that hold a certificate.", 641, right: 140));
        var heading = Assert.Single(Recover(flow).Blocks.OfType<Heading>());
        Assert.Equal("Explanation of Certain Provisions, for Alternative Methods of Compliance With the Rule", heading.Title.PlainText());
    }

    [Theory]
    [InlineData(681, false, "Methods of Compliance With the Rule")] // no space above: part of the text
    [InlineData(675, true, "Methods of Compliance With the Rule")] // bold text after it: a bold passage
    [InlineData(675, false, "Methods of Compliance With the Rule.")] // a finished sentence
    public void A_long_bold_block_not_set_apart_stays_a_bold_paragraph(double top, bool boldAfter, string second)
    {
        var flow = Flow(Line("The plan will address the actions that return the", 691), Line("service to the public, and all", 681 + 10, right: 150),
            Line("Explanation of Certain Provisions for Alternative", top, bold: true), Line(second, top - 10, right: 180, bold: true),
            Line("The rule applies to all operators in the region", top - 24, left: 59, bold: boldAfter), Line("that hold a certificate.", top - 34, right: 140, bold: boldAfter));
        Assert.Empty(Recover(flow).Blocks.OfType<Heading>());
    }

    private static PdfParagraph Para(string text, int page = 1, double size = 12, bool bold = false, double baseline = 600) =>
        new(text, page, bold, [new PdfLine(text, 72, 72 + text.Length * size, baseline, size, bold, page,
            Styles: Enumerable.Repeat(bold ? PdfCharStyle.Bold : PdfCharStyle.None, text.Length).ToList())]);

    [Fact]
    public void A_document_label_printed_over_two_lines_above_the_title_is_one_paragraph()
    {
        PdfParagraph At(string text, double left, double baseline, double size = 16) =>
            new(text, 1, false, [new PdfLine(text, left, left + text.Length * size, baseline, size, false, 1,
                Styles: Enumerable.Repeat(PdfCharStyle.None, text.Length).ToList())]);
        var flow = new List<PdfFlowItem>
        {
            At("市九届人大六次", 85, 780), At("会议文件（十五）", 85, 760), At("（4）", 300, 770),
            At("关于某市预算执行情况的报告", 120, 700, 22), At("——2025年12月27日在某市人民代表大会上", 100, 670),
            At("各位代表：", 85, 600), At("受市人民政府委托，现提出预算执行情况，请予审查。", 85, 580),
        };
        var doc = StructureRecovery.Recover(PdfCandidates.Build(flow, [], 16));
        Assert.Equal("关于某市预算执行情况的报告", doc.Metadata.Title);
        var opening = doc.Blocks.OfType<Paragraph>().Take(2).Select(p => p.Content.PlainText()).ToList();
        Assert.Equal(["市九届人大六次会议文件（十五）", "（4）"], opening); // a line standing elsewhere stays apart
        Assert.All(doc.Blocks.OfType<Paragraph>().Take(2), p => Assert.Equal(ParagraphRole.DocumentLabel, p.Role)); // both stand over the title
        Assert.Equal(ParagraphRole.Salutation, doc.Blocks.OfType<Paragraph>().ElementAt(2).Role);
    }

    [Theory]
    [InlineData("王小明", true)]
    [InlineData("欧阳明", true)]
    [InlineData("主要观点", false)] // a section label of a name's length opens with no surname
    [InlineData("投资建议", false)]
    public void A_chinese_byline_under_a_title_is_names_opening_with_a_surname(string line, bool byline) =>
        Assert.Equal(byline, PdfTitle.IsByline(line));

    [Theory]
    [InlineData("市财政局", true)]
    [InlineData("作者：王小明", true)]
    [InlineData("王小明", true)]
    [InlineData("Jane Smith and John Doe", true)]
    [InlineData("主要观点", false)]
    [InlineData("The outlook improved.", false)]
    public void A_title_blocks_author_line_is_a_byline(string line, bool byline) =>
        Assert.Equal(byline, TitleBlockRecognizer.IsByline(line));

    [Fact]
    public void A_section_label_after_title_and_subtitle_opens_the_body_and_is_no_author()
    {
        var flow = new List<PdfFlowItem> { Para("某公司年度报告", size: 22, baseline: 700), Para("二〇二四年度", size: 16, baseline: 660),
            Para("主要观点", bold: true, baseline: 620), Para("公司收入增长，利润稳定。", baseline: 600) };
        var doc = StructureRecovery.Recover(PdfCandidates.Build(flow, [], 12));
        Assert.Equal("某公司年度报告", doc.Metadata.Title);
        Assert.Null(doc.Metadata.Author);
        Assert.Contains(doc.Blocks, b => b is Heading h && h.Title.PlainText() == "主要观点" || b is Paragraph p && p.Content.PlainText() == "主要观点");
    }

    [Fact]
    public void A_title_block_stays_on_its_page_a_chapter_line_after_a_contents_page_is_the_bodys()
    {
        var flow = new List<PdfFlowItem> { Para("某市发展规划", size: 22, baseline: 700), Para("发展环境", page: 3, bold: true, baseline: 760),
            Para("过去五年，全市经济持续增长。", page: 3, baseline: 730) };
        var doc = StructureRecovery.Recover(PdfCandidates.Build(flow, [], 12));
        Assert.Equal("某市发展规划", doc.Metadata.Title);
        Assert.Null(doc.Metadata.Subtitle);
    }

    [Fact]
    public void Without_a_byline_the_author_is_the_name_after_an_authors_role_on_page_one()
    {
        var flow = new List<PdfFlowItem> { Para("[Tag]", baseline: 780), Para("某公司点评：产能扩张", size: 20, baseline: 700),
            Para("研究助理", baseline: 650), Para("李明", baseline: 640), Para("证券分析师", baseline: 620), Para("王小明", baseline: 610),
            Para("公司公告扩产计划，预计明年投产。", baseline: 590) };
        var doc = StructureRecovery.Recover(PdfCandidates.Build(flow, [], 12));
        Assert.Equal("王小明", doc.Metadata.Author);
    }

    [Fact]
    public void A_symbol_note_at_the_foot_opens_a_note_where_the_page_cites_its_symbol_even_unraised_after_numbered_notes()
    {
        var page = new List<PdfLine>
        {
            new("Body text of the column that runs on.", 60, 300, 500, 12, false, 1),
            new("1) A numbered note set small.", 60, 300, 80, 8.5, false, 1),
            new("* Research office, policy team, 02-000-0000", 60, 380, 35, 9, false, 1),
        };
        var cited = FootnoteZoneDetector.CitedSymbols([new PdfLine("Hong Gil Dong*", 500, 550, 570, 11, false, 1), .. page]);
        Assert.Equal(["*"], cited);
        var (body, notes) = FootnoteZoneDetector.Separate(page, 12, 859, [], FootnoteZoneOptions.Default, null, cited);
        Assert.Single(body);
        Assert.Equal(2, notes.Count);
        Assert.Equal("*", notes[1].Symbol);
        // Not cited: the star line is a remark inside the numbered note, as before.
        var (_, plain) = FootnoteZoneDetector.Separate(page, 12, 859, [], FootnoteZoneOptions.Default);
        Assert.Single(plain);
    }

    [Fact]
    public void A_byline_set_flush_right_under_the_title_but_read_in_another_column_is_the_author()
    {
        var flow = new List<PdfFlowItem>
        {
            Para("발행일 2020년 4월 2일", baseline: 740),
            new PdfParagraph("보험약관상 재해보험금 지급문제", 1, true, [new PdfLine("보험약관상 재해보험금 지급문제", 62, 470, 597, 32, true, 1)]),
            Para("요약 본문이 여기에 있다.", baseline: 527),
            Para("1 들어가며", bold: true, baseline: 417),
            new PdfParagraph("김 창 호*", 1, false, [new PdfLine("김 창 호*", 510, 549, 573, 11, false, 1, 1)]),
        };
        var doc = StructureRecovery.Recover(PdfCandidates.Build(flow, [], 12));
        Assert.Equal("김창호", doc.Metadata.Author);
        Assert.DoesNotContain(doc.Blocks.OfType<Paragraph>(), p => p.Content.PlainText().Contains('김'));
    }

    [Theory]
    [InlineData("김 창 호", "김창호")]
    [InlineData("王 小 明", "王小明")]
    [InlineData("Jane Smith", "Jane Smith")]
    [InlineData("김창호 이영희", "김창호 이영희")]
    public void A_name_set_letter_spaced_is_written_close(string byline, string name) => Assert.Equal(name, PdfTitle.Names(byline));

    [Fact]
    public void A_note_continued_in_the_next_column_goes_to_the_note_level_with_it_not_to_one_set_under_both_columns()
    {
        var left = new List<PdfLine>
        {
            new("Body text of the left column.", 60, 300, 500, 12, false, 1),
            new("1) A numbered note that goes on and", 60, 300, 84, 8.5, false, 1),
            new("* Research office, policy team", 60, 380, 35, 9, false, 1),
        };
        var notes = new List<PdfFootnote>();
        var cited = new HashSet<string> { "*" };
        notes.AddRange(FootnoteZoneDetector.Separate(left, 12, 859, notes, FootnoteZoneOptions.Default, null, cited).Notes);
        var right = new List<PdfLine> { new("Body text of the right column.", 320, 550, 500, 12, false, 1, 1), new("on into the next column.", 320, 500, 84, 8.5, false, 1, 1) };
        var (body, more) = FootnoteZoneDetector.Separate(right, 12, 859, notes, FootnoteZoneOptions.Default, null, cited);
        Assert.Empty(more);
        Assert.Single(body);
        Assert.EndsWith("next column.", notes[0].Text);
        Assert.Equal("Research office, policy team", notes[1].Text);
    }

    private static PdfStyledText Faces(string kai, string body) =>
        new(kai + body, [.. Enumerable.Repeat(PdfCharStyle.Kai, kai.Length), .. Enumerable.Repeat(PdfCharStyle.None, body.Length)]);

    [Fact]
    public void A_kai_lead_phrase_ending_a_sentence_before_body_face_text_reads_as_bold()
    {
        var styled = Faces("创新优势有效转化。", "年末企业2万家，比上年增长。").WithFaceLead();
        Assert.True(styled.Styles.Take(9).All(s => s.HasFlag(PdfCharStyle.Bold)));
        Assert.DoesNotContain(styled.Styles.Skip(9), s => s.HasFlag(PdfCharStyle.Bold));
        var doc = StructureRecovery.Recover(new DecodedReport([new ParagraphCandidate(RecoveredText.FromInlines(PdfInlines.Build(styled, null)), SourceSpan.OnPage(1))], null, false));
        Assert.Equal("创新优势有效转化。", Assert.IsType<Paragraph>(Assert.Single(doc.Blocks)).Lead.PlainText());
    }

    [Theory]
    [InlineData("全段都用楷体排印。", "")] // wholly in 楷体: a quotation or an abstract, no lead
    [InlineData("创新优势有效转化", "，年末企业2万家。")] // no sentence end: a face switch inside a sentence
    public void Kai_text_that_is_no_lead_phrase_stays_as_set(string kai, string body) =>
        Assert.DoesNotContain(Faces(kai, body).WithFaceLead().Styles, s => s.HasFlag(PdfCharStyle.Bold));

    [Fact]
    public void A_kai_lead_phrase_whose_stop_is_set_in_the_body_face_reads_as_bold_with_its_stop()
    {
        var styled = Faces("深化财政科学管理改革", "。零基预算改革全面推开。").WithFaceLead();
        Assert.True(styled.Styles.Take(11).All(s => s.HasFlag(PdfCharStyle.Bold)));
        Assert.DoesNotContain(styled.Styles.Skip(11), s => s.HasFlag(PdfCharStyle.Bold));
    }

    [Fact]
    public void A_fangsong_lead_before_a_song_body_reads_as_bold_and_a_fangsong_body_has_no_lead()
    {
        static PdfStyledText Set(string lead, PdfCharStyle leadFace, string body, PdfCharStyle bodyFace) =>
            new(lead + body, [.. Enumerable.Repeat(leadFace, lead.Length), .. Enumerable.Repeat(bodyFace, body.Length)]);
        var lead = Set("——经济综合实力大幅跃升。", PdfCharStyle.FangSong, "地区生产总值年均增长5.5%。", PdfCharStyle.None).WithFaceLead();
        Assert.True(lead.Styles.Take(13).All(s => s.HasFlag(PdfCharStyle.Bold)));
        Assert.DoesNotContain(lead.Styles.Skip(13), s => s.HasFlag(PdfCharStyle.Bold));
        // A 仿宋 body (the 公文 face) goes on in 仿宋 after its first sentence: no face switch, no lead.
        var body = Set("一是加强管理。", PdfCharStyle.FangSong, "全年完成任务。", PdfCharStyle.FangSong).WithFaceLead();
        Assert.DoesNotContain(body.Styles, s => s.HasFlag(PdfCharStyle.Bold));
    }

    private static PdfStyledText Marked(string text) =>
        new(text.Replace("*", ""), [.. text.Split('*').SelectMany((part, i) => Enumerable.Repeat(i % 2 == 1 ? PdfCharStyle.Bold : PdfCharStyle.None, part.Length))]);

    [Theory]
    [InlineData("*一、*２０２５*年预算执行情况和*“*十四五*”*时期工作回顾*", "一、２０２５年预算执行情况和“十四五”时期工作回顾", "")] // figures and quotes from a regular font inside a 黑体 heading
    [InlineData("*收入总计*8947.7*亿元。*支出总计", "收入总计8947.7亿元。", "支出总计")]
    [InlineData("*一是*财政收入稳中有进", "一是", "财政收入稳中有进")] // nothing bold after the figures: no bridge
    [InlineData("*增长*5%*，*比上年提高", "增长5%，", "比上年提高")]
    public void Bold_runs_carry_over_the_figures_and_punctuation_between_them(string marked, string bold, string regular)
    {
        var styled = Marked(marked).WithBoldAcrossFigures();
        Assert.Equal(bold, string.Concat(styled.Text.Where((_, i) => styled.Styles[i].HasFlag(PdfCharStyle.Bold))));
        Assert.Equal(regular, string.Concat(styled.Text.Where((_, i) => !styled.Styles[i].HasFlag(PdfCharStyle.Bold))));
    }

    [Fact]
    public void Regular_words_between_two_bold_runs_stay_regular() =>
        Assert.Equal("和", string.Concat(Marked("*收入*和*支出*").WithBoldAcrossFigures() is var s ? s.Text.Where((_, i) => !s.Styles[i].HasFlag(PdfCharStyle.Bold)) : ""));

    [Theory]
    [InlineData("FZKTK--GBK1-0", true)] // Founder's 楷体 by its short name
    [InlineData("ABCDEF+FZKTJW--GB1-0", true)]
    [InlineData("FZFSK--GBK1-0", false)] // Founder's 仿宋
    [InlineData("KaiTi_GB2312", true)]
    [InlineData("ABCDEF+STKaiti", true)]
    [InlineData("华文楷体", true)]
    [InlineData("SimSun", false)]
    public void Kai_faces_are_known_by_name(string font, bool kai) => Assert.Equal(kai, FontStyle.IsKaiName(font));
}
