using System.Diagnostics;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportPipeline.Alignment;
using ReportPipeline.Tests.EndToEnd;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Parallel;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Tests.Alignment;

/// <summary>The outputs of <c>align</c>, judged by readers that are not ours: the TMX DTD, xmllint, AngleSharp, the OpenXml validator.</summary>
public class AlignmentOutputTests
{
    /// <summary>The TMX 1.4 DTD (LISA OSCAR), copied from mgrbyte/python-tmx at 88ae3907 (tmx14.dtd); see fixtures/README.md.</summary>
    private static readonly string Dtd = Repo.Path("tests", "ReportPipeline.Tests", "Alignment", "tmx14.dtd");

    private static byte[] Render(IAlignmentWriter writer, EditionAlignment alignment)
    {
        using var stream = new MemoryStream();
        writer.Write(alignment, stream);
        return stream.ToArray();
    }

    /// <summary>Resolves the TMX system id to the DTD shipped with the tests, and nothing else.</summary>
    private sealed class ShippedDtd : XmlResolver
    {
        public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            absoluteUri.AbsolutePath.EndsWith("/tmx14.dtd", StringComparison.Ordinal) ? File.OpenRead(Dtd)
                : throw new XmlException($"unexpected external entity {absoluteUri}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Tmx_is_valid_against_the_tmx_14_dtd(bool sentences)
    {
        var alignment = EditionAlignmentTests.Lanshan(options: AlignmentOptions.Default with { Sentences = sentences });
        var errors = new List<string>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, ValidationType = ValidationType.DTD, XmlResolver = new ShippedDtd() };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        using (var reader = XmlReader.Create(new MemoryStream(Render(new TmxWriter(), alignment)), settings, "file:///out/report.tmx"))
            while (reader.Read()) { }
        Assert.Empty(errors);
    }

    [Fact]
    public void Tmx_reads_back_one_unit_per_pair_with_each_variants_language()
    {
        var alignment = EditionAlignmentTests.Lanshan();
        var tmx = XDocument.Load(new MemoryStream(Render(new TmxWriter(), alignment)));
        XNamespace xml = XNamespace.Xml;
        Assert.Equal("1.4", tmx.Root!.Attribute("version")!.Value);
        Assert.Equal("zh-CN", tmx.Root.Element("header")!.Attribute("srclang")!.Value);
        var units = tmx.Root.Element("body")!.Elements("tu").ToList();
        // 41 pairs by hand (fixtures/bilingual/lanshan-2026-budget-report.pairs.tsv) less the table, plus its caption and the
        // 21 cells with words on both sides (header: 项目, 2024 年决算数, 预算数, 执行数, 增长; body: 4 rows of a name and 3 amounts).
        Assert.Equal(40 + 1 + 21, units.Count);
        Assert.All(units, tu => Assert.Equal(["zh-CN", "en"], tu.Elements("tuv").Select(v => v.Attribute(xml + "lang")!.Value)));
        Assert.All(units, tu => Assert.All(tu.Elements("tuv"), v => Assert.False(string.IsNullOrWhiteSpace(v.Element("seg")!.Value))));
        var heading = units.Single(tu => tu.Elements("tuv").First().Element("seg")!.Value == "三、落实县人大决议情况");
        Assert.Equal("III. Implementation of the Resolutions of the County People's Congress", heading.Elements("tuv").Last().Element("seg")!.Value);
    }

    [Fact]
    public void Xmllint_validates_the_tmx_against_the_dtd()
    {
        if (!Tools.Available("xmllint")) { Tools.RequireInCI("xmllint"); return; }
        string file = Path.Combine(Directory.CreateTempSubdirectory("rp-tmx-").FullName, "report.tmx");
        File.WriteAllBytes(file, Render(new TmxWriter(), EditionAlignmentTests.Lanshan(options: AlignmentOptions.Default with { Sentences = true })));
        var start = new ProcessStartInfo("xmllint", ["--noout", "--dtdvalid", Dtd, file]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
    }

    [Fact]
    public void The_parallel_page_has_a_column_per_language_and_each_columns_notes_link_both_ways()
    {
        var alignment = EditionAlignmentTests.Lanshan();
        var page = HtmlLinks.Parse(ParallelHtmlWriter.Render(alignment));
        HtmlLinks.AllInPageLinksResolve(page);
        Assert.All(page.QuerySelectorAll(".row > .original"), c => Assert.Equal("zh-CN", c.GetAttribute("lang")));
        Assert.All(page.QuerySelectorAll(".row > .translation"), c => Assert.Equal("en", c.GetAttribute("lang")));
        Assert.Equal(5, HtmlLinks.FootnotesLinkBothWays(page, ".original a[role=doc-noteref]", "a[role=doc-backlink]"));
        Assert.Equal(5, HtmlLinks.FootnotesLinkBothWays(page, ".translation a[role=doc-noteref]", "a[role=doc-backlink]"));
        Assert.All(page.QuerySelectorAll(".translation a[role=doc-noteref]"), a => Assert.StartsWith("#t-", a.GetAttribute("href")));
        // One row per pair that is not a note or title line: 41 - 5 notes - 3 title lines.
        Assert.Equal(33, page.QuerySelectorAll("main > .row:not(.notes)").Length);
        // The report prints the run-in title with its full stop ("1. Tax revenue. The three…"), and so does the page.
        Assert.Equal("1. Tax revenue.", page.QuerySelectorAll("main > .row.heading > .translation")[3].TextContent.Trim());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_bilingual_word_file_is_valid_and_holds_both_editions(bool interleaved)
    {
        var alignment = EditionAlignmentTests.Lanshan();
        using var package = WordprocessingDocument.Open(new MemoryStream(Render(new BilingualDocxWriter(interleaved), alignment)), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
        var body = package.MainDocumentPart!.Document.Body!;
        string text = body.InnerText;
        Assert.Contains("三、落实县人大决议情况", text);
        Assert.Contains("III. Implementation of the Resolutions", text);
        Assert.Contains(body.Descendants<W.Languages>(), l => l.Val?.Value == "en");
        Assert.Contains(body.Descendants<W.Languages>(), l => l.EastAsia?.Value == "zh-CN");
        if (!interleaved)
        {
            var table = body.Elements<W.Table>().Single();
            Assert.Equal(alignment.Rows.Count, table.Elements<W.TableRow>().Count());
            Assert.All(table.Elements<W.TableRow>(), r => Assert.Equal(2, r.Elements<W.TableCell>().Count()));
        }
        else
        {
            var paragraphs = body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
            int zh = paragraphs.FindIndex(p => p.StartsWith("（一）收入完成情况", StringComparison.Ordinal));
            Assert.Equal("(1) Revenue", paragraphs[zh + 1]);
        }
    }
}
