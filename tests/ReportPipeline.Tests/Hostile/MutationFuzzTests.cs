using ReportPipeline.Decoding;
using ReportPipeline.Pipeline;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Hostile;

/// <summary>
/// Word, PDF and HTML fixtures with one to four bytes changed (a fixed list of seeds, so a failure reproduces) are
/// read as the command reads them: each gives a tree that every writer renders, or a refusal in plain words; nothing
/// else may escape. Word packages are rebuilt with one part mutated, so the mutation reaches the XML that loads lazily.
/// </summary>
public class MutationFuzzTests
{
    private static readonly int[] Seeds = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233];

    public static TheoryData<string> Fixtures => new(
        "office/riverton-2026-budget-report.styled.docx", "third-party/mammoth-footnotes.docx", "third-party/table_header_rowspan.docx",
        "office/riverton-2026-budget-report.styled.pdf", "office/riverton-2026-budget-report.styled.html", "third-party/pandoc-writer.html5.html");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_mutated_fixture_converts_or_is_refused_in_plain_words(string fixture)
    {
        byte[] original = File.ReadAllBytes(Path.Combine(Repo.Root, "fixtures", fixture));
        string folder = Directory.CreateTempSubdirectory("rp-fuzz-").FullName;
        var escaped = new List<string>();
        foreach (int seed in Seeds)
        {
            var random = new Random(seed);
            byte[] mutated = fixture.EndsWith(".docx") ? MutatePart(original, random) : Mutate(original, random, 0, original.Length);
            string path = Path.Combine(folder, $"{seed}{Path.GetExtension(fixture)}");
            File.WriteAllBytes(path, mutated);
            try
            {
                var document = ReportConverter.Read(path);
                foreach (var writer in ReportConverter.AllWriters) Run.Render(writer, document);
            }
            catch (ReportReadException) { }
            catch (Exception e) when (ReadFailures.Explain(e) is null) { escaped.Add($"seed {seed}: {e.GetType().Name}: {e.Message}"); }
        }
        Directory.Delete(folder, recursive: true);
        Assert.True(escaped.Count == 0, string.Join("\n", escaped));
    }

    private static byte[] Mutate(byte[] bytes, Random random, int start, int length)
    {
        var copy = (byte[])bytes.Clone();
        for (int i = random.Next(1, 5); i > 0; i--) copy[start + random.Next(length)] = (byte)random.Next(256);
        return copy;
    }

    /// <summary>The package with bytes of one XML part changed (document, styles, footnotes, numbering …).</summary>
    private static byte[] MutatePart(byte[] docx, Random random)
    {
        var output = new MemoryStream();
        output.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var parts = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) && e.Length > 0).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            var part = parts[random.Next(parts.Count)];
            byte[] content;
            using (var s = part.Open()) { var m = new MemoryStream(); s.CopyTo(m); content = m.ToArray(); }
            string name = part.FullName;
            part.Delete();
            using var written = zip.CreateEntry(name).Open();
            written.Write(Mutate(content, random, 0, content.Length));
        }
        return output.ToArray();
    }
}
