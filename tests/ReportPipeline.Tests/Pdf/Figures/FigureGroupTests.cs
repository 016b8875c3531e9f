using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using static ReportPipeline.Tests.Pdf.Figures.FigurePages;

namespace ReportPipeline.Tests.Pdf.Figures;

/// <summary>
/// Several pictures under one caption as one figure, and a drawing chaining two charts over the sentences between them
/// cut at those sentences: pages made here, each a rule's case and the cases it must leave alone.
/// </summary>
public class FigureGroupTests
{
    /// <summary>Six lines of body text at the page's top (the body size, 10), and whatever a test adds.</summary>
    private static List<PdfGlyph> WithBody(params IEnumerable<PdfGlyph>[] more) =>
        [.. Enumerable.Range(0, 6).SelectMany(i => Line(Body, 10, 60, 780 - i * 14)), .. more.SelectMany(m => m)];

    private static PdfPicture Picture(double left, double bottom, double right, double top, string id) =>
        new(new PageBox(left, bottom, right, top), 100, 100, id, () => new PdfPictureFile([1], "image/png", null));

    private static (PdfPageContent Page, List<PdfFigureRegion> Figures) Detect(PdfPageContent page)
    {
        var facts = FigureDocumentFacts.Of([page]);
        return FigureRegionDetector.Detect(page, PdfFigureOptions.Default, facts);
    }

    [Fact]
    public void A_grid_of_pictures_over_one_caption_is_one_figure_with_its_pictures_row_by_row_and_its_labels()
    {
        // 2 × 2 pictures 2 points apart, "(a)" "(b)" under the columns, the caption under those.
        var pictures = new[] { Picture(100, 400, 200, 480, "bl"), Picture(202, 400, 302, 480, "br"), Picture(100, 482, 200, 562, "tl"), Picture(202, 482, 302, 562, "tr") };
        var labels = Line("(a)", 9, 140, 388).Concat(Line("(b)", 9, 242, 388)).ToList();
        var caption = Line("Figure 1. Four views of the site.", 9, 100, 370).ToList();
        var page = new PdfPageContent(1, 595, 842, WithBody(labels, caption), []) { Pictures = pictures };

        var (stripped, figures) = Detect(page);
        var figure = Assert.Single(figures);
        Assert.Equal(["tl", "tr", "bl", "br"], figure.Pictures.Select(p => p.Fingerprint));
        Assert.All(labels, g => Assert.DoesNotContain(g, stripped.Glyphs));
        Assert.All(caption, g => Assert.Contains(g, stripped.Glyphs)); // the caption is found later, from the paragraphs
        Assert.True(figure.Box.Bottom <= 388); // the labels are inside the figure's region
    }

    [Theory]
    [InlineData("no caption")]
    [InlineData("a caption each")]
    [InlineData("body text between")]
    [InlineData("a gutter")]
    public void Pictures_stay_apart_without_one_caption_or_with_text_or_a_gutter_between(string kind)
    {
        var glyphs = new List<PdfGlyph>();
        PdfPicture[] pictures;
        switch (kind)
        {
            case "no caption": // two QR codes side by side, each with its own label
                pictures = [Picture(400, 700, 440, 740, "a"), Picture(446, 700, 486, 740, "b")];
                glyphs.AddRange(Line("WeChat", 6, 405, 692).Concat(Line("Report", 6, 451, 692)));
                break;
            case "a caption each":
                pictures = [Picture(100, 480, 300, 560, "a"), Picture(100, 380, 300, 460, "b")];
                glyphs.AddRange(Line("Figure 1. The old bridge.", 9, 100, 468).Concat(Line("Figure 2. The new bridge.", 9, 100, 368)));
                break;
            case "body text between":
                // A line of small body text set in a gap no wider than a body size.
                pictures = [Picture(100, 480, 300, 560, "a"), Picture(100, 400, 300, 470, "b")];
                glyphs.AddRange(Line("The bridge was rebuilt in two years, at half its cost.", 7, 100, 473));
                glyphs.AddRange(Line("Figure 3. The bridges.", 9, 100, 386));
                break;
            default: // side by side 15 points apart (more than a body size) with nothing between: a column gutter
                pictures = [Picture(100, 400, 280, 480, "a"), Picture(295, 400, 475, 480, "b")];
                glyphs.AddRange(Line("Figure 4. Two columns' pictures.", 9, 200, 388));
                break;
        }
        var page = new PdfPageContent(1, 595, 842, WithBody(glyphs), []) { Pictures = pictures };
        Assert.Equal(2, Detect(page).Figures.Count);
    }

    [Fact]
    public void Pictures_further_apart_than_a_gutter_join_when_their_labels_stand_between_them()
    {
        // A diagram's two parts 30 points apart, with the labels of their parts set in the gap, one caption under both.
        var pictures = new[] { Picture(100, 480, 300, 560, "upper"), Picture(100, 400, 300, 450, "lower") };
        var labels = Line("Locking ring", 8, 180, 462).ToList();
        var caption = Line("Figure 5. A nut in two states.", 9, 100, 385).ToList();
        var page = new PdfPageContent(1, 595, 842, WithBody(labels, caption), []) { Pictures = pictures };
        var (stripped, figures) = Detect(page);
        Assert.Equal(["upper", "lower"], Assert.Single(figures).Pictures.Select(p => p.Fingerprint));
        Assert.All(labels.Where(g => g.Value != " "), g => Assert.DoesNotContain(g, stripped.Glyphs));

        var apart = page with { Glyphs = WithBody(caption) };
        Assert.Equal(2, Detect(apart).Figures.Count);
    }

    [Fact]
    public void A_drawing_chaining_two_charts_over_sentences_is_cut_at_them_and_a_text_box_is_still_no_figure()
    {
        // Chart 1 (a zig-zag line: curves) with its bars as pictures, three sentences on their own backgrounds, chart 2.
        var sentences = Line("全年生产总值增长，人均增长５．９％。", 10, 80, 470).Concat(Line("三次产业比重分别为一、二、三。", 10, 80, 455))
            .Concat(Line("在地区生产总值中，第三产业比重最高。", 10, 80, 440)).ToList();
        var labels = Line("2020", 8, 100, 492).Concat(Line("2021", 8, 200, 492)).Concat(Line("2022", 8, 120, 330)).Concat(Line("2023", 8, 220, 330)).ToList();
        PdfShape[] shapes =
        [
            new(new PageBox(80, 500, 500, 650), 0), new(new PageBox(100, 520, 480, 640), 40), // chart 1: background, the line
            new(new PageBox(78, 436, 502, 500), 0), // the sentences' background, touching both charts
            new(new PageBox(80, 340, 500, 436), 0), new(new PageBox(100, 350, 480, 430), 30), // chart 2
        ];
        var bars = new[] { Picture(110, 505, 150, 560, "bar1"), Picture(210, 505, 250, 600, "bar2") };
        var page = new PdfPageContent(1, 595, 842, WithBody(sentences, labels), []) { Pictures = bars, Shapes = shapes };
        var (stripped, figures) = Detect(page);
        Assert.Equal(2, figures.Count);
        Assert.Equal(["bar1", "bar2"], figures.OrderByDescending(f => f.Box.Top).First().Pictures.Select(p => p.Fingerprint));
        Assert.Empty(figures.OrderByDescending(f => f.Box.Top).Last().Pictures);
        Assert.All(sentences, g => Assert.Contains(g, stripped.Glyphs));
        Assert.All(labels, g => Assert.DoesNotContain(g, stripped.Glyphs));

        // A rounded frame (curves) round three sentences of body text: no figure, its text kept.
        var text = Enumerable.Range(0, 3).SelectMany(i => Line(Body, 10, 60, 300 - i * 14)).ToList();
        var box = new PdfPageContent(1, 595, 842, WithBody(text), []) { Shapes = [new PdfShape(new PageBox(50, 260, 560, 320), 16)] };
        Assert.Empty(Detect(box).Figures);
    }

    [Fact]
    public void Pictures_are_read_row_by_row_even_when_their_tops_differ()
    {
        // Bars of a chart: one baseline, tops at different heights; they are one row, read left to right.
        var bars = new[] { Picture(300, 100, 320, 180, "c"), Picture(100, 100, 120, 140, "a"), Picture(200, 100, 220, 200, "b"), Picture(100, 300, 120, 320, "top") };
        Assert.Equal(["top", "a", "b", "c"], FigureGroups.InReadingOrder(bars).Select(p => p.Fingerprint));
    }
}
