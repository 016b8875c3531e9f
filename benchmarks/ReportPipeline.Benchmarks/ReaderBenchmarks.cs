using BenchmarkDotNet.Attributes;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Readers.Docx;
using ReportPipeline.Readers.Html;
using ReportPipeline.Readers.Markdown;
using ReportPipeline.Readers.Pdf;
using ReportPipeline.Readers.PlainText;

namespace ReportPipeline.Benchmarks;

/// <summary>Each reader on the seed in its format, and the text reader on a 1,000-page report.</summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private byte[] text = [], large = [], pdf = [], docx = [], html = [], markdown = [];

    [GlobalSetup]
    public void Setup()
    {
        text = Inputs.Fixture("yuexiu-2025-plan-report.txt");
        large = Inputs.LargeReport();
        pdf = Inputs.Fixture("office/yuexiu-2025-plan-report.styled.pdf");
        docx = Inputs.Fixture("office/yuexiu-2025-plan-report.styled.docx");
        html = Inputs.Fixture("office/yuexiu-2025-plan-report.styled.html");
        using var stream = new MemoryStream();
        new Writers.Markdown.MarkdownReportWriter().Write(new TextReportReader().Read(text), stream);
        markdown = stream.ToArray();
    }

    [Benchmark(Baseline = true)] public ReportDocument Text() => new TextReportReader().Read(text);
    [Benchmark] public ReportDocument Text1000Pages() => new TextReportReader().Read(large);
    [Benchmark] public ReportDocument Pdf() => new PdfReportReader().Read(pdf);
    [Benchmark] public ReportDocument Docx() => new DocxReportReader().Read(docx);
    [Benchmark] public ReportDocument Html() => new HtmlReportReader().Read(html);
    [Benchmark] public ReportDocument Markdown() => new MarkdownReportReader().Read(markdown);
}

/// <summary>Each writer on the seed's tree and on a 1,000-page tree.</summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private ReportDocument seed = null!, large = null!;

    [Params("md", "html", "docx", "json")]
    public string Format { get; set; } = "md";

    [Params("seed", "1000 pages")]
    public string Report { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        seed = new TextReportReader().Read(Inputs.Fixture("yuexiu-2025-plan-report.txt"));
        large = new TextReportReader().Read(Inputs.LargeReport());
    }

    [Benchmark]
    public long Write()
    {
        using var stream = new MemoryStream();
        ReportConverter.WriterFor(Format).Write(Report == "seed" ? seed : large, stream);
        return stream.Length;
    }
}
