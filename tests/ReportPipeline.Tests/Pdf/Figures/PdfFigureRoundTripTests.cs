using System.IO.Compression;
using System.Text.Json.Nodes;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Tests.RoundTrip;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Pdf.Figures;

/// <summary>
/// Pictures taken from a third-party PDF reach every output byte for byte: the files beside the Markdown and HTML, the
/// Word package's media, the JSON's paths; JPEGs are the very streams pdfimages extracts; and they read back.
/// </summary>
public class PdfFigureRoundTripTests
{
    private const string File1 = "third-party/pdf/mineru-demo1.pdf";

    [Fact]
    public void Pictures_from_a_pdf_are_written_beside_every_output_as_extracted()
    {
        string dir = Directory.CreateTempSubdirectory("rp-pdf-figures").FullName;
        try
        {
            string stem = Path.Combine(dir, "demo1");
            var result = ReportConverter.Convert(new ConversionJob(Repo.Fixture(File1), stem), ReportConverter.AllWriters);
            var document = result.Document;
            Assert.Equal(5, document.Resources.Count); // Fig. 1–5; the three masthead logos over the title are no figures
            foreach (var resource in document.Resources.All)
                Assert.Equal(resource.Bytes.ToArray(), File.ReadAllBytes(Path.Combine(dir, "demo1_files", resource.FileName)));

            using (var docx = ZipFile.OpenRead(stem + ".docx"))
            {
                var media = docx.Entries.Where(e => e.FullName.Contains("media/", StringComparison.Ordinal)).Select(e =>
                {
                    using var s = e.Open();
                    using var copy = new MemoryStream();
                    s.CopyTo(copy);
                    return ResourceStore.KeyOf(copy.ToArray());
                }).ToHashSet();
                Assert.Equal(document.Resources.All.Select(r => r.Key).ToHashSet(), media);
            }
            string html = File.ReadAllText(stem + ".html");
            foreach (var resource in document.Resources.All) Assert.Contains($"src=\"demo1_files/{resource.FileName}\"", html);
            var json = JsonNode.Parse(File.ReadAllText(stem + ".json"))!;
            var images = json["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "figure").Select(b => (string?)b!["image"]).ToList();
            Assert.Equal(document.Figures().Select(f => $"demo1_files/{document.Resources[Assert.Single(f.Images).Key].FileName}"), images);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void A_jpeg_in_a_pdf_is_kept_as_the_stream_pdfimages_extracts()
    {
        if (!Tools.Available("pdfimages")) { Tools.RequireInCI("pdfimages"); return; }
        string dir = Directory.CreateTempSubdirectory("rp-pdfimages").FullName;
        try
        {
            Tools.Run("pdfimages", $"-j -f 2 -l 8 \"{Repo.Fixture(File1)}\" \"{Path.Combine(dir, "img")}\"", "");
            var theirs = Directory.GetFiles(dir, "*.jpg").Select(f => ResourceStore.KeyOf(File.ReadAllBytes(f))).ToHashSet();
            var document = Run.Fixture(File1);
            var ours = document.Resources.All.Where(r => r.MediaType == "image/jpeg").Select(r => r.Key).ToHashSet();
            Assert.Equal(4, theirs.Count); // pages 2, 4, 7, 8 hold one JPEG figure each
            Assert.Equal(theirs, ours);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    public void Pictures_and_captions_from_a_pdf_read_back(string format)
    {
        var original = Run.Fixture(File1);
        var reread = RoundTripTests.RoundTrip(format, original);
        Assert.Equal(original.Figures().Select(f => f.Images.Select(i => i.Key)), reread.Figures().Select(f => f.Images.Select(i => i.Key)));
        foreach (var resource in original.Resources.All)
            Assert.Equal(resource.Bytes.ToArray(), reread.Resources[resource.Key].Bytes.ToArray());
        Assert.Equal(original.Figures().Select(f => f.Caption.PlainText()), reread.Figures().Select(f => f.Caption.PlainText()));
    }
}
