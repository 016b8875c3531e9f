using System.Text;
using BenchmarkDotNet.Attributes;
using ReportPipeline.Alignment;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Readers.PlainText;
using ReportPipeline.Writers.Parallel;

namespace ReportPipeline.Benchmarks;

/// <summary>
/// Aligning two seed-sized editions (align and its four outputs) against converting them (four outputs each). The
/// second edition is a stand-in of the seed's shape in Latin script: each Han character becomes a three-letter word,
/// so outline, notes and table stay the seed's and lengths grow as a translation's would. Reading is left out of both.
/// </summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private ReportDocument original = null!, translation = null!;

    [GlobalSetup]
    public void Setup()
    {
        original = new TextReportReader().Read(Inputs.Fixture("yuexiu-2025-plan-report.txt"));
        translation = Latin(original);
    }

    [Benchmark(Baseline = true)]
    public long ConvertBoth()
    {
        long bytes = 0;
        foreach (var document in new[] { original, translation })
            foreach (var writer in ReportConverter.AllWriters)
            {
                using var stream = new MemoryStream();
                writer.Write(document, stream);
                bytes += stream.Length;
            }
        return bytes;
    }

    [Benchmark]
    public long Align()
    {
        var alignment = EditionAligner.Align(original, translation);
        long bytes = 0;
        foreach (var writer in new IAlignmentWriter[] { new ParallelHtmlWriter(), new BilingualDocxWriter(), new TmxWriter(), new AlignmentJsonWriter() })
        {
            using var stream = new MemoryStream();
            writer.Write(alignment, stream);
            bytes += stream.Length;
        }
        return bytes;
    }

    private static ReportDocument Latin(ReportDocument d) => d with
    {
        Metadata = d.Metadata with { Title = Words(d.Metadata.Title), Subtitle = Words(d.Metadata.Subtitle), Author = Words(d.Metadata.Author), Language = "en" },
        Blocks = d.Blocks.Select(Latin).ToValueList(),
        Footnotes = d.Footnotes.Select(f => f with { Content = Latin(f.Content), Language = null }).ToValueList(),
    };

    private static Block Latin(Block block) => (block switch
    {
        Heading h => h with { Title = Latin(h.Title) },
        Paragraph p => p with { Lead = Latin(p.Lead), Content = Latin(p.Content) },
        ListBlock l => l with { Items = l.Items.Select(i => i with { Content = Latin(i.Content) }).ToValueList() },
        Table t => t with
        {
            Caption = Latin(t.Caption),
            Header = t.Header.Select(r => r with { Cells = r.Cells.Select(c => c with { Content = Latin(c.Content) }).ToValueList() }).ToValueList(),
            Body = t.Body.Select(r => r with { Cells = r.Cells.Select(c => c with { Content = Latin(c.Content) }).ToValueList() }).ToValueList(),
        },
        _ => block,
    }) with { Language = null };

    private static ValueList<Inline> Latin(ValueList<Inline> inlines) => inlines.Select(i => i switch
    {
        Text t => new Text(Words(t.Value)!),
        Strong s => new Strong(Latin(s.Content)),
        Emphasis e => new Emphasis(Latin(e.Content)),
        LanguageSpan l => new Text(Words(l.Content.PlainText())!),
        _ => i,
    }).ToValueList();

    private static string? Words(string? text)
    {
        if (text is null) return null;
        var sb = new StringBuilder(text.Length * 4);
        foreach (char c in text) sb.Append(c is >= '\u4E00' and <= '\u9FFF' ? "abc " : c.ToString());
        return sb.ToString();
    }
}
