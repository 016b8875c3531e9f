using System.Text;
using CsCheck;
using ReportPipeline.Decoding;
using ReportPipeline.Pipeline;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers;

namespace ReportPipeline.Tests.Structure;

/// <summary>
/// Random and mutated inputs never crash: every reader gives a tree (which every writer renders) or a clean
/// <see cref="ReportReadException"/>.
/// </summary>
public class FuzzTests
{
    private static readonly string[] SeedLines = File.ReadAllLines(Repo.Fixture("yuexiu-2025-plan-report.txt"));

    private static void ReadsOrRefusesCleanly(byte[] bytes)
    {
        foreach (var reader in ReportConverter.AllReaders)
        {
            Model.ReportDocument document;
            try { document = reader.Read(bytes); }
            catch (ReportReadException) { continue; }
            foreach (var writer in ReportConverter.AllWriters) Run.Render(writer, document);
        }
    }

    [Fact]
    public void Random_bytes() =>
        Gen.Byte.Array[0, 2000].Sample(ReadsOrRefusesCleanly, iter: 300);

    [Fact]
    public void Truncated_reports() =>
        Gen.Int[0, 20000].Sample(n =>
        {
            var bytes = File.ReadAllBytes(Repo.Fixture("yuexiu-2025-plan-report.txt"));
            ReadsOrRefusesCleanly(bytes[..Math.Min(n, bytes.Length)]);
        }, iter: 100);

    [Fact]
    public void Shuffled_and_duplicated_lines() =>
        Gen.Int[0, SeedLines.Length - 1].Array[1, 400].Sample(picks =>
            ReadsOrRefusesCleanly(Encoding.UTF8.GetBytes(string.Join("\n", picks.Select(i => SeedLines[i])))), iter: 200);

    private static readonly string[] Syntax =
    [
        "一、", "（一）", "(一) ", "1. ", "1.1 ", "第一章 ", "- ", "¹ ", "²⁶", "① ", "[1] ", "注释", "\t", "\u3000\u3000",
        "——", "各位代表：", "经济向好。", "正文，", "Revenue. ", "a", " ", "。", "“", "”", "**", "<", "|",
    ];

    [Fact]
    public void Lines_made_of_report_syntax() =>
        Gen.Int[0, Syntax.Length - 1].Select(i => Syntax[i]).Array[0, 8].Select(parts => string.Concat(parts)).Array[1, 60]
            .Sample(lines => ReadsOrRefusesCleanly(Encoding.UTF8.GetBytes(string.Join("\n", lines))), iter: 500);
}
