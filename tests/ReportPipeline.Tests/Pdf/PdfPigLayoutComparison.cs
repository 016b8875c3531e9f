using System.Diagnostics;
using System.Text;
using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using Xunit.Abstractions;

namespace ReportPipeline.Tests.Pdf;

/// <summary>A measurement that reads the whole corpus four times (minutes): it runs when REPORTPIPELINE_LAYOUT_COMPARISON=1.</summary>
public sealed class LayoutComparisonFactAttribute : FactAttribute
{
    public LayoutComparisonFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("REPORTPIPELINE_LAYOUT_COMPARISON") != "1")
            Skip = "reads the PDF corpus with PdfPig's layout analysis (minutes); run with REPORTPIPELINE_LAYOUT_COMPARISON=1";
    }
}

/// <summary>
/// Our layout stages against PdfPig's own layout analysis, stage by stage, on the PDF corpus, judged by pdftotext
/// (docs/PDF-QUALITY.md, "our stages against PdfPig's"): words (Latin words as pdftotext splits them, found as whole
/// words), page segmentation with reading order (the fair in-order share: text outside the tables our reader found),
/// and decoration (running heads and page numbers left among the body's blocks). Ours is what the reader ships; each
/// PdfPig pipeline runs with its defaults on PdfPig's letters.
/// </summary>
public partial class PdfPigLayoutComparison(ITestOutputHelper output)
{
    private sealed record Row(string File, double Ours, double XyCut, double Docstrum, double WordsOurs, double WordsNearest,
        double WordsDefault, int FurnitureOurs, int FurnitureDecoration, int LayerOurs, int Decorations, long MsOurs, long MsXyCut, long MsDocstrum);

    [LayoutComparisonFact]
    public void Our_stages_read_the_corpus_at_least_as_well_as_PdfPigs_layout_analysis()
    {
        if (!Tools.Available("pdftotext")) { Tools.RequireInCI("pdftotext"); return; }
        var rows = PdfCorpusJudgeTests.Bars.Keys.Select(f => Measure(Repo.Fixture(f))).ToList();
        var table = new StringBuilder();
        table.AppendLine("| file | in order: ours | XY-cut | Docstrum | words: ours | nearest-neighbour | default | furniture left: ours | Docstrum + decoration | furniture layer: ours | decoration blocks | ms: ours | XY-cut | Docstrum |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
            table.AppendLine($"| {r.File} | {r.Ours:0.000} | {r.XyCut:0.000} | {r.Docstrum:0.000} | {r.WordsOurs:0.000} | {r.WordsNearest:0.000} | {r.WordsDefault:0.000} | {r.FurnitureOurs} | {r.FurnitureDecoration} | {r.LayerOurs} | {r.Decorations} | {r.MsOurs} | {r.MsXyCut} | {r.MsDocstrum} |");
        table.AppendLine($"| mean / total | {rows.Average(r => r.Ours):0.000} | {rows.Average(r => r.XyCut):0.000} | {rows.Average(r => r.Docstrum):0.000} | {rows.Average(r => r.WordsOurs):0.000} | {rows.Average(r => r.WordsNearest):0.000} | {rows.Average(r => r.WordsDefault):0.000} | {rows.Sum(r => r.FurnitureOurs)} | {rows.Sum(r => r.FurnitureDecoration)} | {rows.Sum(r => r.LayerOurs)} | {rows.Sum(r => r.Decorations)} | {rows.Sum(r => r.MsOurs)} | {rows.Sum(r => r.MsXyCut)} | {rows.Sum(r => r.MsDocstrum)} |");
        output.WriteLine(table.ToString());
        // Ours is kept where it reads as well on the mean; the day a PdfPig stage reads better, this fails.
        Assert.True(rows.Average(r => r.Ours) >= Math.Max(rows.Average(r => r.XyCut), rows.Average(r => r.Docstrum)));
        Assert.True(rows.Sum(r => r.FurnitureOurs) <= rows.Sum(r => r.FurnitureDecoration));
    }

    private static Row Measure(string path)
    {
        var clock = Stopwatch.StartNew();
        var document = new PdfReportReader().Read(File.ReadAllBytes(path));
        long msOurs = clock.ElapsedMilliseconds;
        var words = PdfWordBoxes.Read(path);
        var turned = PdfTextJudge.TurnedPages(path);
        var (reference, ours) = PdfTextJudge.OrderReference(document, words, turned);
        var (_, regions) = PdfTextJudge.LeftOutOfOrder(document, turned);
        string squeezed = PdfTextJudge.Squeeze(reference);
        string[] referencePages = Tools.Run("pdftotext", $"-enc UTF-8 \"{path}\" -", "").Split('\f');

        using var pdf = PdfDocument.Open(path);
        var pages = pdf.GetPages().ToList();
        var nearest = pages.Select(p => NearestNeighbourWordExtractor.Instance.GetWords(p.Letters).ToList()).ToList();

        (double InOrder, long Ms, List<List<TextBlock>> Blocks) Pipeline(Func<IReadOnlyList<Word>, IReadOnlyList<TextBlock>> segment)
        {
            var watch = Stopwatch.StartNew();
            var blocks = pages.Select((p, i) => UnsupervisedReadingOrderDetector.Instance.Get(segment(NearestNeighbourWordExtractor.Instance.GetWords(p.Letters).ToList())).ToList()).ToList();
            long ms = watch.ElapsedMilliseconds;
            var text = new StringBuilder();
            for (int i = 0; i < blocks.Count; i++)
                foreach (var word in blocks[i].SelectMany(b => b.TextLines).SelectMany(l => l.Words))
                    if (!regions[i + 1].Any(Box(word).Inside)) text.Append(word.Text).Append(' ');
            return (PdfTextJudge.InOrder(squeezed, PdfTextJudge.Squeeze(text.ToString())), ms, blocks);
        }
        var xy = Pipeline(w => RecursiveXYCut.Instance.GetBlocks(w));
        var docstrum = Pipeline(w => DocstrumBoundingBoxes.Instance.GetBlocks(w));

        // Decoration: PdfPig's classifier over the Docstrum blocks of every page; what it keeps is its body.
        // (It needs two pages: on a one-page document it finds none.)
        var decorations = pages.Count < 2 ? [[]]
            : DecorationTextBlockClassifier.Get(docstrum.Blocks.Select(b => (IReadOnlyList<TextBlock>)b).ToList());
        var decorationBody = docstrum.Blocks.SelectMany((blocks, i) => blocks.Where(b => !decorations[i].Contains(b)).Select(b => b.Text)).ToList();
        var markers = document.Footnotes.ToDictionary(f => f.Id, f => f.Marker);
        var ourBody = document.Blocks.Where(b => b is not Table).SelectMany(DocumentOrder.InlineRuns).Select(r => string.Concat(r.Select(i => i.PlainText()))).ToList();

        var referenceWords = LatinWords(words.SelectMany(p => p.Select(w => w.Text)));
        return new Row(Path.GetFileName(path), PdfTextJudge.InOrder(squeezed, PdfTextJudge.Squeeze(ours)), xy.InOrder, docstrum.InOrder,
            WordRecall(referenceWords, LatinWords(PdfTextJudge.OurText(document, _ => true).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))),
            WordRecall(referenceWords, LatinWords(nearest.SelectMany(p => p.Select(w => w.Text)))),
            WordRecall(referenceWords, LatinWords(pages.SelectMany(p => p.GetWords().Select(w => w.Text)))),
            PdfTextJudge.FurnitureInBody(ourBody, referencePages), PdfTextJudge.FurnitureInBody(decorationBody, referencePages),
            document.Furniture.Count, decorations.Sum(d => d.Count), msOurs, xy.Ms, docstrum.Ms);
    }

    private static PdfWordBox Box(Word w) => new(w.Text, w.BoundingBox.Left, w.BoundingBox.Bottom, w.BoundingBox.Right, w.BoundingBox.Top);

    /// <summary>
    /// Runs of Latin letters (two or more), NFKC: a lost word space glues two of them into one, a wrong one splits one.
    /// Taken from inside each word, so how a Latin word meets the CJK beside it ("2025 年" in pdftotext, "2025年" here) does not count.
    /// </summary>
    private static List<string> LatinWords(IEnumerable<string> words) =>
        [.. words.SelectMany(w => LatinRun().Matches(w.Normalize(NormalizationForm.FormKC)).Select(m => m.Value))];

    [System.Text.RegularExpressions.GeneratedRegex("[A-Za-z]{2,}")]
    private static partial System.Text.RegularExpressions.Regex LatinRun();

    /// <summary>Share of pdftotext's Latin words found as whole words (as multisets): a lost word space or a split word loses them.</summary>
    private static double WordRecall(List<string> reference, List<string> candidate)
    {
        if (reference.Count == 0) return 1;
        var counts = candidate.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        return reference.GroupBy(w => w).Sum(g => Math.Min(g.Count(), counts.GetValueOrDefault(g.Key))) / (double)reference.Count;
    }
}
