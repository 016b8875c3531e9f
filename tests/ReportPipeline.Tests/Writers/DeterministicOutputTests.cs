using System.IO.Compression;
using ReportPipeline.Cli;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Writers;

/// <summary>
/// The same input and options give the same bytes, run after run, in every format and in the images folder beside
/// them, so users can keep outputs under version control or as snapshots. Word packages carry no date of the run.
/// </summary>
public sealed class DeterministicOutputTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("rp-deterministic-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void Converting_twice_gives_byte_identical_outputs_in_every_format_and_images()
    {
        string[] inputs =
        [
            Repo.Fixture("third-party/docling-word_sample.docx"), // a picture: the _files/ folder
            Repo.Fixture("third-party/mammoth-footnotes.docx"),
            Repo.Fixture("riverton-2026-budget-report.txt"),
            Repo.Fixture("office/riverton-2026-budget-report.styled.html"),
            Repo.Fixture("third-party/federal-register-2020-17221.pdf"),
        ];
        var first = Convert("first", inputs);
        Thread.Sleep(2100); // past the two-second resolution of a zip entry's date
        var second = Convert("second", inputs);

        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var format in new[] { ".md", ".html", ".docx", ".json" })
            Assert.Equal(inputs.Length, first.Keys.Count(k => k.EndsWith(format, StringComparison.Ordinal)));
        Assert.Contains(first.Keys, k => k.Contains("_files/", StringComparison.Ordinal));
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(second[f.Key]), $"{f.Key} differs between two runs"));
    }

    [Fact]
    public void A_bilingual_Word_file_is_byte_identical_across_runs()
    {
        byte[] Align(string name)
        {
            string output = Path.Combine(work, name);
            Assert.Equal(CliApp.Success, CliApp.Run(["align", Repo.Fixture("lanshan-2026-budget-report.txt"),
                Repo.Fixture("bilingual/lanshan-2026-budget-report.en.txt"), "-o", output], new StringWriter(), new StringWriter()));
            return File.ReadAllBytes(Directory.GetFiles(output, "*.docx").Single());
        }
        var first = Align("first");
        Thread.Sleep(2100);
        Assert.True(first.AsSpan().SequenceEqual(Align("second")));
    }

    [Fact]
    public void A_Word_package_holds_no_date_of_the_run_and_no_random_part_name()
    {
        var files = Convert("one", [Repo.Fixture("third-party/docling-word_sample.docx")]);
        using var zip = new ZipArchive(new MemoryStream(files.Single(f => f.Key.EndsWith(".docx", StringComparison.Ordinal)).Value));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.Contains(zip.Entries, e => e.FullName == "docProps/core.xml");
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
        string rels = new StreamReader(zip.GetEntry("_rels/.rels")!.Open()).ReadToEnd();
        Assert.DoesNotMatch(@"Id=""R[0-9a-f]{16}""", rels);
        // The properties still read back through the packaging library: the report's title and its own date.
        var meta = ReportPipeline.Pipeline.ReportConverter.Read(Repo.Fixture("third-party/docling-word_sample.docx")).Metadata;
        Assert.NotNull(meta.Title);
        Assert.NotNull(meta.Date);
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
            new MemoryStream(files.Single(f => f.Key.EndsWith(".docx", StringComparison.Ordinal)).Value), false);
        Assert.Equal(meta.Title, package.PackageProperties.Title);
        Assert.Equal(DateTime.Parse(meta.Date!, System.Globalization.CultureInfo.InvariantCulture).Date, package.PackageProperties.Created?.Date);
    }

    /// <summary>Every file a conversion wrote, by its path under the output folder.</summary>
    private Dictionary<string, byte[]> Convert(string name, string[] inputs)
    {
        string output = Path.Combine(work, name);
        var stderr = new StringWriter();
        Assert.True(CliApp.Run(["convert", .. inputs, "-o", output], new StringWriter(), stderr) == CliApp.Success, stderr.ToString());
        return Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes);
    }
}
