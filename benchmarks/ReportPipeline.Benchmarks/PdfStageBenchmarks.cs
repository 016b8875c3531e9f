using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportPipeline.Benchmarks;

/// <summary>
/// The PDF stages session 7 added, each alone on the pages it works on, beside the whole reader and pdftotext (a process,
/// the baseline: the Ratio column is against it, measured in the same run): /ActualText spans, bar charts drawn with
/// straight bars, whether a document marks its paragraphs, per-page column edges, the hanging-indent rule, and the
/// paragraph stage that calls the last three.
/// </summary>
[MemoryDiagnoser]
public class PdfStageBenchmarks
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["seed"] = "office/yuexiu-2025-plan-report.styled.pdf",
        ["efsa"] = "third-party/pdf/tabula-icdar-eu-016-efsa-zoonoses.pdf",
        ["census"] = "third-party/pdf/tabula-icdar-us-001-census-disability.pdf",
        ["mmwr"] = "third-party/pdf/tabula-icdar-us-025-mmwr.pdf",
    };

    private readonly PdfReaderOptions options = PdfReaderOptions.Default;
    private byte[] pdf = [];
    private string path = "";
    private PdfDocument? document;
    private List<(Page Page, List<Letter> Letters, string[] Values)> letters = [];
    private List<PdfPageContent> pages = [];
    private List<PdfLine> body = [];
    private BodyGeometry geometry = null!;

    [Params("seed", "efsa", "census", "mmwr")]
    public string File { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Inputs.Root, "fixtures", Files[File]);
        pdf = System.IO.File.ReadAllBytes(path);
        // The letters as the letter extractor takes them, before the /ActualText stage.
        document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        letters = [.. document.GetPages().Select(p =>
        {
            var kept = p.Letters.Where(l => l.Value.Length > 0 && l.Value != "\0").ToList();
            return (p, kept, kept.Select(l => l.Value).ToArray());
        })];
        // The body lines and their geometry as the reader has them before the paragraph stage.
        var warnings = new List<Diagnostic>();
        var read = PdfPageFlow.Read(pdf, options, warnings);
        pages = read.Pages;
        var (text, _) = PageFurnitureDetector.Separate(read.Lines, pages.ToDictionary(p => p.Number, p => p.Height), options.Furniture);
        var byPage = text.ToLookup(l => l.Page);
        body = [.. pages.SelectMany(p => PdfPageReader.Lay(p, byPage[p.Number].ToList(), options, warnings).Lines)];
        geometry = BodyGeometry.Measure(body, options.Paragraphs);
    }

    [GlobalCleanup]
    public void Cleanup() => document?.Dispose();

    [Benchmark(Baseline = true)]
    public int Pdftotext()
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })!;
        int length = process.StandardOutput.ReadToEnd().Length;
        process.WaitForExit();
        return length;
    }

    [Benchmark]
    public ReportDocument Reader() => new PdfReportReader().Read(pdf);

    /// <summary>Every page's /ActualText spans found and put in place of the font's codes.</summary>
    [Benchmark]
    public int ActualText()
    {
        int n = 0;
        foreach (var (page, kept, values) in letters) n += PdfActualText.Apply(values, PdfActualText.Spans(page, kept)).Length;
        return n;
    }

    /// <summary>Bar series looked for among every page's shapes.</summary>
    [Benchmark]
    public int DrawnBars() => pages.Sum(p => Readers.Pdf.DrawnBars.Series(p.Shapes, options.Figures).Count());

    [Benchmark]
    public bool ParagraphMarks() => Readers.Pdf.ParagraphMarks.Marked(body, geometry, options.Paragraphs);

    /// <summary>The body's geometry, with each page column's own edges (<c>ColumnLines</c>).</summary>
    [Benchmark]
    public int ColumnLines() => BodyGeometry.Measure(body, options.Paragraphs).PageColumns.Count;

    /// <summary>Every body line asked whether it hangs under the last item opening before it.</summary>
    [Benchmark]
    public int HangingIndent()
    {
        int hangs = 0;
        PdfLine? opening = null;
        foreach (var line in body)
        {
            if (opening is not null && Readers.Pdf.HangingIndent.Hangs(opening, line, options.Paragraphs)) hangs++;
            if (Readers.Pdf.HangingIndent.IsItemOpening(line)) opening = line;
        }
        return hangs;
    }

    /// <summary>The paragraph stage over the body lines (no tables or notes), where marks, column edges and hanging indents are used.</summary>
    [Benchmark]
    public int Paragraphs() => PdfParagraphBuilder.Build(body.Select(l => (PdfFlowItem)new FlowLine(l)), geometry, options.Paragraphs).Count;
}
