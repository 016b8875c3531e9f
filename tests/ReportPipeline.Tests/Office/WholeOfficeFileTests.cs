using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportPipeline.Model;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Docx;

namespace ReportPipeline.Tests.Office;

/// <summary>
/// Whole third-party Word files and web pages (fixtures/third-party, origins in fixtures/README.md) against what was
/// written by hand in <c>office-expectations.json</c>: pictures, link targets, formulas, notes, outline, table shapes,
/// text kept once, text left out (comments, deletions, headers, page tools), warnings.
/// </summary>
public class WholeOfficeFileTests
{
    private static readonly Lazy<JsonObject> All = new(() =>
        JsonNode.Parse(File.ReadAllText(Repo.Fixture(Path.Combine("third-party", "office-expectations.json"))))!.AsObject());

    public static JsonObject? Expected(string file) => All.Value[file] as JsonObject;

    public static TheoryData<string> ExpectedFiles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var (file, value) in All.Value)
                if (!file.StartsWith('_') && value is JsonObject o && o.Count > (o.ContainsKey("pandocOnly") ? 1 : 0)) data.Add(file);
            return data;
        }
    }

    /// <summary>Every word of the document: title block, blocks (tables, lists, captions), notes.</summary>
    public static string TextOf(ReportDocument d) => string.Join("\n",
        new[] { d.Metadata.Title, d.Metadata.Subtitle, d.Metadata.Author }.OfType<string>()
            .Concat(d.InlineRuns().Select(r => r.PlainText()))
            .Concat(d.Footnotes.Select(f => f.Content.PlainText())));

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static string Shape(Table t)
    {
        var grid = TableGrid.Build([.. t.Header, .. t.Body]);
        return $"{grid.RowCount}x{grid.ColumnCount}";
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Each_file_gives_what_was_read_by_hand(string file)
    {
        var e = Expected(file)!;
        var d = ThirdPartyOfficeTests.Read(file);
        string text = TextOf(d);
        if (e["figures"] is { } figures) Assert.Equal((int)figures, d.Figures().Count());
        if (e["formulas"] is { } formulas) Assert.Equal((int)formulas, d.Formulas().Count());
        if (e["links"] is JsonArray links) Assert.Equal(links.Select(l => (string)l!), d.Links().Select(l => l.Target).Where(t => !t.StartsWith('#')));
        if (e["notes"] is JsonArray notes) Assert.Equal(notes.Select(n => (string)n!), d.FootnotesInReadingOrder().Select(f => f.Content.PlainText().Trim()));
        if (e["outline"] is JsonArray outline)
            Assert.Equal(outline.Select(h => ((string?)h![0], (string)h[1]!)), d.Blocks.OfType<Heading>().Select(h => (h.Label, h.Title.PlainText().Trim())));
        if (e["tables"] is JsonArray tables) Assert.Equal(tables.Select(t => (string)t!), d.Blocks.OfType<Table>().Select(Shape));
        if (e["title"] is { } title) Assert.Equal((string)title!, d.Metadata.Title ?? d.Blocks.OfType<Heading>().FirstOrDefault()?.Title.PlainText());
        foreach (var part in (e["contains"] as JsonArray ?? []).Select(p => (string)p!)) Assert.True(text.Contains(part, StringComparison.Ordinal), $"missing: {part}");
        foreach (var part in (e["absent"] as JsonArray ?? []).Select(p => (string)p!)) Assert.False(text.Contains(part, StringComparison.Ordinal), $"should be left out: {part}");
        foreach (var part in (e["once"] as JsonArray ?? []).Select(p => (string)p!)) Assert.True(Count(text, part) == 1, $"{Count(text, part)} times: {part}");
        int at = -1;
        foreach (var part in (e["order"] as JsonArray ?? []).Select(p => (string)p!))
        {
            int next = text.IndexOf(part, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"not in order: {part}");
            at = next;
        }
        foreach (var (code, count) in e["warnings"] as JsonObject ?? [])
            Assert.Equal((int)count!, d.Diagnostics.Count(x => x.Code == code));
    }

    /// <summary>Every third-party Word file and web page (not only those with expectations).</summary>
    public static IEnumerable<string> OfficeFiles() =>
        Directory.GetFiles(Repo.Fixture("third-party")).Select(Path.GetFileName).OfType<string>()
            .Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> OfficeFileData => new(OfficeFiles());

    [Theory]
    [MemberData(nameof(OfficeFileData))]
    public void The_word_output_of_every_third_party_file_is_valid(string file)
    {
        var d = ThirdPartyOfficeTests.Read(file);
        using var stream = new MemoryStream(Run.Render(new DocxReportWriter(), d));
        using var package = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(x => $"{x.Path?.XPath}: {x.Description}")));
    }

    [Fact]
    public void Libreoffice_opens_the_word_output_of_every_third_party_file()
    {
        if (!Tools.Available("soffice")) { Tools.RequireInCI("soffice"); return; }
        var dir = Directory.CreateTempSubdirectory("rp-lo-all-").FullName;
        var names = new List<string>();
        foreach (var file in OfficeFiles())
        {
            string name = Path.GetFileNameWithoutExtension(file) + "-" + Path.GetExtension(file).TrimStart('.');
            File.WriteAllBytes(Path.Combine(dir, name + ".docx"), Run.Render(new DocxReportWriter(), ThirdPartyOfficeTests.Read(file)));
            names.Add(name);
        }
        // One LibreOffice run for all of them: starting it is the slow part.
        var start = new System.Diagnostics.ProcessStartInfo("soffice",
            $"--headless -env:UserInstallation=file://{dir}/profile --convert-to \"txt:Text (encoded):UTF8\" --outdir {dir}/txt "
            + string.Join(' ', names.Select(n => $"{n}.docx")))
        { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "LibreOffice did not finish in 5 minutes");
        }
        foreach (var name in names)
        {
            string txt = Path.Combine(dir, "txt", name + ".txt");
            Assert.True(File.Exists(txt), $"LibreOffice could not open {name}.docx");
            Assert.True(File.ReadAllText(txt).Any(char.IsLetterOrDigit), $"LibreOffice found no text in {name}.docx");
        }
    }
}
