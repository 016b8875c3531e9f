using ReportPipeline.Model;
using ReportPipeline.Readers.Pdf;

namespace ReportPipeline.Tests.Scratch;

public class ZzDump
{
    [Fact]
    public void Dump()
    {
        var file = Environment.GetEnvironmentVariable("DUMP_PDF");
        if (file is null) return;
        foreach (var f in Environment.GetEnvironmentVariable("DUMP_MD")?.Split(',') ?? [])
        {
            var doc = new PdfReportReader().Read(File.ReadAllBytes(f));
            using var md = File.Create("/tmp/en-out/new/" + Path.GetFileNameWithoutExtension(f) + ".md");
            new ReportPipeline.Writers.Markdown.MarkdownReportWriter().Write(doc, md);
        }
        var o = PdfReaderOptions.Default;
        var warnings = new List<Diagnostic>();
        var (pages, ruled, lines, figures) = PdfPageFlow.Read(File.ReadAllBytes(file), o, warnings);
        var (pageText, furniture) = PageFurnitureDetector.Separate(lines, pages.ToDictionary(p => p.Number, p => p.Height), o.Furniture);
        var body = new List<PdfLine>();
        var tables = new List<PdfTable>(ruled);
        var textByPage = pageText.ToLookup(l => l.Page);
        foreach (var page in pages)
        {
            var (pageTables, pageLines) = PdfPageReader.Lay(page, textByPage[page.Number].ToList(), o, warnings);
            tables.AddRange(pageTables);
            body.AddRange(pageLines);
        }
        var g = BodyGeometry.Measure(body, o.Paragraphs);
        using var w = new StreamWriter(Environment.GetEnvironmentVariable("DUMP_OUT") ?? "/tmp/dump.txt");
        w.WriteLine($"size {g.Size} pitch {g.Pitch} cols {string.Join(" ", g.Columns.Select(c => $"{c.Key}:{c.Value.Left:F1}-{c.Value.Right:F1}"))}");
        foreach (var t in tables) w.WriteLine($"TABLE p{t.Page} {t.Rows.Count}x{t.Rows.FirstOrDefault()?.Count} top {t.Top:F0} bottom {t.Bottom:F0}");
        foreach (var c in g.PageColumns) w.WriteLine($"page {c.Key} {c.Value.Left:F1}-{c.Value.Right:F1}");
        foreach (var para in PdfParagraphBuilder.Build(body.Select(l => (PdfFlowItem)new FlowLine(l)), g, o.Paragraphs).OfType<PdfParagraph>())
            w.WriteLine($"PARA p{para.Page} {(para.Bold ? "B" : "")} space={para.SpaceAbove} item={para.Item} | {para.Text[..Math.Min(60, para.Text.Length)]}");
        foreach (var l in body)
            w.WriteLine($"p{l.Page} c{l.Column} {l.Left,6:F1} {l.Right,6:F1} b{l.Baseline,6:F1} s{l.Size:F1}{(l.Bold ? " B" : "")} | {l.Text}");
    }
}
