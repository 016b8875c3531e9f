using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Structure.Conventions;
using ReportPipeline.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using PdfLine = ReportPipeline.Readers.Pdf.PdfLine;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static ReportPipeline.Tests.Pdf.Figures.FigurePages;

namespace ReportPipeline.Tests.Pdf.Figures;

/// <summary>The figure stage on PDFs made here with PdfPig's builder: pictures, drawn charts, captions, ornaments.</summary>
public class PdfFigureTests
{
    /// <summary>The figure stage over a few pages, each judged with the facts of all of them, as the reader's page flow does.</summary>
    private static (List<PdfPageContent> Pages, List<PdfFigureRegion> Figures) Detect(PdfPageContent[] pages)
    {
        var facts = FigureDocumentFacts.Of(pages);
        var read = pages.Select(p => FigureRegionDetector.Detect(p, PdfFigureOptions.Default, facts)).ToList();
        return ([.. read.Select(r => r.Page)], [.. read.SelectMany(r => r.Figures)]);
    }

    [Fact]
    public void A_jpeg_picture_is_a_figure_with_its_caption_and_the_bytes_the_pdf_holds()
    {
        var (builder, page, font) = PageWithText();
        byte[] jpeg = Jpeg();
        page.AddJpeg(jpeg, new PdfRectangle(150, 460, 450, 640));
        page.AddText("Figure 1. Spending by department, 2020-2024", 9, new PdfPoint(150, 446), font);
        var d = new PdfReportReader().Read(builder.Build());

        var figure = Assert.Single(d.Blocks.OfType<Figure>());
        Assert.Equal("Figure 1. Spending by department, 2020-2024", figure.Caption.PlainText());
        var image = Assert.Single(figure.Images);
        Assert.Equal("image/jpeg", d.Resources[image.Key].MediaType);
        Assert.Equal(jpeg, d.Resources[image.Key].Bytes.ToArray());
        Assert.Equal(new ImageSize(400, 240), image.Size); // 300 × 180 points at 96/72
        Assert.Equal(1, figure.Source.Page);
        // In reading order: after the text above it, before the text below it; the caption is no paragraph of its own.
        int at = d.Blocks.ToList().IndexOf(figure);
        Assert.True(at > 0 && at < d.Blocks.Count - 1);
        Assert.DoesNotContain("Figure 1.", BodyText(d));
    }

    [Fact]
    public void A_png_picture_is_kept_as_png()
    {
        byte[] png;
        using (var pdf = PdfDocument.Open(Repo.Fixture("third-party/pdf/pdfplumber-issue-842-example.pdf")))
            Assert.True(pdf.GetPage(1).GetImages().First().TryGetPng(out png));
        var (builder, page, _) = PageWithText();
        page.AddPng(png, new PdfRectangle(200, 460, 400, 640));
        var d = new PdfReportReader().Read(builder.Build());
        var figure = Assert.Single(d.Blocks.OfType<Figure>());
        var stored = d.Resources[Assert.Single(figure.Images).Key];
        Assert.Equal("image/png", stored.MediaType);
        Assert.Equal(png.AsSpan(16, 8).ToArray(), stored.Bytes.AsSpan().Slice(16, 8).ToArray()); // IHDR: the same width and height
    }

    [Fact]
    public void A_chart_drawn_with_paths_is_a_figure_and_its_labels_stay_out_of_the_body()
    {
        var (builder, page, font) = PageWithText();
        // Axes, a zig-zag line of 16 slanted segments, tick numbers under the axis and beside it, a legend.
        page.DrawLine(new PdfPoint(120, 480), new PdfPoint(460, 480), 1);
        page.DrawLine(new PdfPoint(120, 480), new PdfPoint(120, 630), 1);
        for (int i = 0; i < 16; i++)
            page.DrawLine(new PdfPoint(125 + i * 20, 488 + (i % 2) * 120), new PdfPoint(145 + i * 20, 488 + ((i + 1) % 2) * 120), 1);
        for (int i = 0; i < 5; i++) page.AddText((2020 + i).ToString(), 8, new PdfPoint(130 + i * 80, 468), font);
        for (int i = 0; i < 4; i++) page.AddText((i * 50).ToString(), 8, new PdfPoint(100, 482 + i * 45), font);
        page.AddText("Outlays (million)", 8, new PdfPoint(380, 620), font);
        page.AddText("Figure 2. Outlays by year", 9, new PdfPoint(200, 446), font);
        var d = new PdfReportReader().Read(builder.Build());

        var figure = Assert.Single(d.Blocks.OfType<Figure>());
        Assert.Empty(figure.Images); // paths are not rendered
        Assert.Equal("Figure 2. Outlays by year", figure.Caption.PlainText());
        string body = BodyText(d);
        foreach (var label in new[] { "2021", "150", "Outlays (million)" }) Assert.DoesNotContain(label, body);
        Assert.Contains("committee reviewed", body);
        var warning = Assert.Single(d.Diagnostics, x => x.Code == "pdf-figure-drawn");
        Assert.Equal(1, warning.Source!.Page);
        Assert.Contains("figure 1 on page 1", warning.Message);
        Assert.Empty(d.Blocks.OfType<Table>()); // the axes are no ruled table
    }

    [Theory]
    [InlineData("repeated")]
    [InlineData("icon")]
    [InlineData("letterhead")]
    public void A_logo_on_every_page_an_icon_and_a_letterhead_are_no_figures(string kind)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        byte[] jpeg = Jpeg();
        for (int p = 0; p < (kind == "repeated" ? 2 : 1); p++)
        {
            var page = builder.AddPage(595, 842);
            page.AddJpeg(jpeg, kind switch
            {
                "repeated" => new PdfRectangle(400, 500, 520, 600), // the same picture on both pages
                "icon" => new PdfRectangle(60, 300, 76, 316),
                _ => new PdfRectangle(60, 790, 200, 835), // wholly in the top band
            });
            for (int i = 0; i < 6; i++) page.AddText(Body + ".", 10, new PdfPoint(60, 700 - i * 14), font);
        }
        Assert.Empty(new PdfReportReader().Read(builder.Build()).Blocks.OfType<Figure>());
    }

    [Fact]
    public void A_picture_that_cannot_be_decoded_gives_a_warning_naming_it_and_the_page_converts()
    {
        var glyphs = Line("Fig. 3. Map of the districts", 9, 60, 300).Concat(Line(Body, 10, 60, 600)).ToList();
        var picture = new PdfPicture(new PageBox(60, 320, 400, 560), 300, 200, "abc", () => new PdfPictureFile(null, null, "its JPXDecode stream could not be turned into a PNG"));
        var page = new PdfPageContent(4, 595, 842, glyphs, []) { Pictures = [picture] };
        var (stripped, regions) = Detect([page]);
        Assert.Single(regions);
        var caption = new PdfParagraph("Fig. 3. Map of the districts", 4, Lines: [new PdfLine("Fig. 3. Map of the districts", 60, 200, 300, 9, false, 4)]);
        var warnings = new List<Diagnostic>();
        var (flow, resources) = PdfFigureFlow.Place([caption], regions, PdfFigureOptions.Default, warnings);
        var figure = Assert.IsType<FlowFigure>(Assert.Single(flow));
        Assert.Empty(figure.Images);
        Assert.Same(caption, figure.Caption);
        Assert.Equal(0, resources.Count);
        var warning = Assert.Single(warnings);
        Assert.Equal("pdf-image-undecodable", warning.Code);
        Assert.Contains("figure 1 on page 4", warning.Message);
        Assert.Contains("JPXDecode", warning.Message);
        Assert.Equal(4, warning.Source!.Page);
        Assert.Equal(glyphs.Count, stripped[0].Glyphs.Count); // no text stood inside the picture
    }

    [Fact]
    public void A_sentence_set_inside_a_figures_region_stays_in_the_body_and_a_short_label_does_not()
    {
        // Two chart pictures with a sentence set between them: the merged region holds the sentence, which is no label.
        var sentence = Line("全年生产总值增长，人均增长５．９％。", 10, 80, 500).ToList();
        var label = Line("亿元", 8, 80, 620).ToList();
        var pictures = new[] { new PageBox(80, 530, 500, 700), new PageBox(80, 320, 500, 490) }
            .Select((b, i) => new PdfPicture(b, 300, 200, "p" + i, () => new PdfPictureFile([1], "image/png", null))).ToList();
        var page = new PdfPageContent(2, 595, 842, [.. sentence, .. label], []) { Pictures = pictures };
        var (stripped, regions) = Detect([page]);
        Assert.NotEmpty(regions);
        Assert.All(sentence, g => Assert.Contains(g, stripped[0].Glyphs));
        Assert.DoesNotContain(label[0], stripped[0].Glyphs);
    }

    [Fact]
    public void A_run_is_a_sentence_only_when_long_enough_and_holding_a_cjk_comma_or_stop()
    {
        var o = PdfFigureOptions.Default;
        Assert.True(FigureRegionDetector.IsSentence(PdfTextRun.Of([.. Line("全年生产总值增长，人均增长。", 10, 0, 0)]).Single(), o));
        Assert.False(FigureRegionDetector.IsSentence(PdfTextRun.Of([.. Line("单位：亿元", 10, 0, 0)]).Single(), o));
        Assert.False(FigureRegionDetector.IsSentence(PdfTextRun.Of([.. Line("增长，下降。", 10, 0, 0)]).Single(), o));
    }

    [Fact]
    public void Text_flowing_round_a_picture_stays_body_text_and_a_box_of_text_is_no_figure()
    {
        // Short lines beside a picture are the text flowing round it, not its labels.
        var beside = Enumerable.Range(0, 5).SelectMany(i => Line("short line " + i, 10, 60, 540 - i * 14)).ToList();
        var picture = new PdfPicture(new PageBox(140, 460, 400, 560), 300, 200, "p", () => new PdfPictureFile([1], "image/png", null));
        var page = new PdfPageContent(1, 595, 842, beside, []) { Pictures = [picture] };
        var (stripped, regions) = Detect([page]);
        Assert.Single(regions);
        Assert.Equal(beside.Count, stripped[0].Glyphs.Count);

        // A rounded box (curves) around three lines of body text is a text box: no figure, its text kept.
        var text = Enumerable.Range(0, 3).SelectMany(i => Line(Body, 10, 60, 700 - i * 14)).ToList();
        var box = new PdfPageContent(1, 595, 842, text, []) { Shapes = [new PdfShape(new PageBox(50, 660, 560, 720), 16)] };
        var (kept, none) = Detect([box]);
        Assert.Empty(none);
        Assert.Equal(text.Count, kept[0].Glyphs.Count);
    }

    [Fact]
    public void A_small_picture_above_the_first_pages_title_is_a_logo_and_one_under_it_a_figure()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        byte[] jpeg = Jpeg();
        page.AddJpeg(jpeg, new PdfRectangle(60, 720, 160, 760)); // the logo, over the title (outside the margin band)
        page.AddText("Annual Review of the Water Board", 24, new PdfPoint(60, 680), font);
        Paragraph(page, font, 640);
        page.AddJpeg(jpeg, new PdfRectangle(150, 420, 250, 460)); // the same size under the title, in the body
        page.AddText("Figure 1. The reservoir", 9, new PdfPoint(150, 406), font);
        Paragraph(page, font, 360);
        var d = new PdfReportReader().Read(builder.Build());

        var figure = Assert.Single(d.Blocks.OfType<Figure>());
        Assert.Equal("Figure 1. The reservoir", figure.Caption.PlainText());
        Assert.Equal("Annual Review of the Water Board", d.Metadata.Title);
    }

    [Theory]
    [InlineData("alone", 0)]
    [InlineData("captioned", 1)]
    [InlineData("beside a label", 1)]
    public void A_small_picture_over_all_of_a_pages_text_without_a_caption_is_a_letterhead_logo(string kind, int figures)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddJpeg(Jpeg(), new PdfRectangle(60, 700, 120, 760)); // 60 x 60, outside the margin band, no title on the page
        if (kind == "captioned") page.AddText("Figure 1. The board's seal", 9, new PdfPoint(60, 688), font);
        if (kind == "beside a label") page.AddText("Session papers (10)", 10, new PdfPoint(140, 730), font);
        for (int i = 0; i < 8; i++) page.AddText(Body + (i == 7 ? "." : " and"), 10, new PdfPoint(60, 660 - i * 14), font);
        var d = new PdfReportReader().Read(builder.Build());

        Assert.Equal(figures, d.Blocks.OfType<Figure>().Count());
    }

    [Fact]
    public void A_drawing_without_words_or_holding_the_title_is_no_figure()
    {
        var title = Line("Annual Report", 24, 100, 760).ToList();
        var body = Enumerable.Range(0, 6).SelectMany(i => Line(Body, 10, 60, 600 - i * 14)).ToList();
        // A logo: curves, no text near.
        var logo = new PdfPageContent(1, 595, 842, [.. title, .. body], []) { Shapes = [new PdfShape(new PageBox(400, 300, 500, 400), 40)] };
        Assert.Empty(Detect([logo]).Figures);
        // A banner drawn round the document's title.
        var labels = Line("No. 12", 9, 120, 740).Concat(Line("2020", 9, 300, 740)).ToList();
        var banner = new PdfPageContent(1, 595, 842, [.. title, .. labels, .. body], []) { Shapes = [new PdfShape(new PageBox(80, 730, 520, 800), 40)] };
        Assert.Empty(Detect([banner]).Figures);
    }

    [Theory]
    [InlineData("图1 全市一般公共预算收入", true)]
    [InlineData("图 2-3：各区支出", true)]
    [InlineData("[그림 4-5] 8대 미래 유망 보안기술 도출", true)]
    [InlineData("Figure 2: Input and attention biases", true)]
    [InlineData("Fig. 3. Examples of observed curves", true)]
    [InlineData("Figure 14 (data until 2 July 2010)", true)]
    [InlineData("Figure SA3. | Age-specific distribution of cases", true)]
    [InlineData("Fig. S2: Supplementary counts", true)]
    [InlineData("Figure SHOWS 2 things", false)]
    [InlineData("Figure 2 shows the change in flows", false)]
    [InlineData("Figure 2 (below) shows the change in flows", false)]
    [InlineData("Fig. 1 plots annual curves", false)]
    [InlineData("表1 收支情况", false)]
    [InlineData("Table 2. Results", false)]
    public void A_figure_caption_opens_with_its_label(string text, bool caption)
    {
        Assert.Equal(caption, ReportConventions.IsFigureCaption(text));
        Assert.Equal(text.StartsWith("表", StringComparison.Ordinal) || text.StartsWith("Table", StringComparison.Ordinal), ReportConventions.IsTableCaption(text));
    }
}
