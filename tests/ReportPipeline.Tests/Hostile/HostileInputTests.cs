using System.Text;
using ReportPipeline.Cli;
using ReportPipeline.Tests.Support;
using static ReportPipeline.Tests.Hostile.HostileFiles;

namespace ReportPipeline.Tests.Hostile;

/// <summary>
/// Each hostile input, generated here, is converted beside a good report by the built command in its own process,
/// under a 1 GB memory watchdog and a 60 s limit: the exit code, the one line naming the file and its problem, and the
/// good report's outputs are checked, and no run may be killed by the watchdog.
/// </summary>
public abstract class HostileInputTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("rp-hostile-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    /// <summary>The cases whose names start with one of the prefixes (a class per kind, so kinds run in parallel).</summary>
    protected static TheoryData<string> CasesOf(params string[] prefixes) =>
        new(Corpus.Keys.Where(k => prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))));

    /// <summary>Name → (input file name, its content or null when the case makes it itself, exit code, words of the one line).</summary>
    private static readonly Dictionary<string, (string File, Func<byte[]>? Content, int Exit, string? Line)> Corpus = new()
    {
        ["docx-malformed-xml"] = ("a.docx", () => DocxWith("word/document.xml", DocumentXml("<w:p><w:r><w:t>open").Replace("</w:body></w:document>", "")), 1, "not well formed"),
        ["docx-dtd-billion-laughs"] = ("a.docx", () => DocxWith("word/document.xml", BillionLaughs()), 1, "DTD"),
        ["docx-invalid-character"] = ("a.docx", () => DocxWith("word/document.xml", DocumentXml(Paragraph("bad \u0001 char"))), 1, "not well formed"),
        ["docx-footnotes-part-malformed"] = ("a.docx", () => DocxWith("word/footnotes.xml", "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:footnote"), 1, "not well formed"),
        ["docx-gridspan-100000000"] = ("a.docx", () => DocxWith("word/document.xml", DocumentXml(
            "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"100000000\"/></w:tcPr>" + Paragraph("wide") + "</w:tc></w:tr><w:tr><w:tc>" + Paragraph("x") + "</w:tc></w:tr></w:tbl>" + Paragraph("Text."))),
            1, "budgets.maxTableCells"),
        ["docx-part-over-budget"] = ("a.docx", () => DocxWith("word/document.xml", LargeDocumentXml(40)), 1, "budgets.maxPartBytes"),
        ["docx-picture-300mb"] = ("a.docx", () => DocxWithPicture(300L << 20), 1, "budgets.maxImageBytes"),
        ["docx-tables-nested-20000"] = ("a.docx", () => DocxWithNestedTables(20_000), 1, "budgets.maxTableNestingDepth"),
        ["docx-reference-to-removed-note"] = ("a.docx", () => DocxWith("word/document.xml", DocumentXml(
            "<w:p><w:r><w:t>Revenue rose.</w:t></w:r><w:r><w:footnoteReference w:id=\"77\"/></w:r></w:p>")), 0, null),
        ["md-quotes-nested-128"] = ("a.md", () => Encoding.UTF8.GetBytes(new string('>', 128) + " deep\n"), 1, "too deeply"),
        ["md-lists-nested-200"] = ("a.md", () => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- item\n"))), 1, "too deeply"),
        ["html-notes-share-an-id"] = ("a.html", () => Encoding.UTF8.GetBytes(
            "<html><body><p>Revenue rose.<a href=\"#fn1\" class=\"footnote-ref\" id=\"r1\"><sup>1</sup></a> Spending fell.<a href=\"#fn1\" class=\"footnote-ref\" id=\"r2\"><sup>2</sup></a></p>" +
            "<section class=\"footnotes\" role=\"doc-endnotes\"><ol><li id=\"fn1\"><p>First note.</p></li><li id=\"fn1\"><p>Second note.</p></li></ol></section></body></html>"), 0, null),
        ["html-spans-1000x1000"] = ("a.html", () => Encoding.UTF8.GetBytes("<html><body><p>Table.</p><table>" +
            string.Concat(Enumerable.Repeat("<tr><td colspan=\"1000\" rowspan=\"1000\">x</td></tr>", 50)) + "</table></body></html>"), 1, "budgets.maxTableCells"),
        ["html-image-a-link-to-dev-zero"] = ("a.html", () => Encoding.UTF8.GetBytes("<html><body><h1>Report</h1><p>Text.</p><p><img src=\"z.png\" alt=\"z\"></p></body></html>"), 0, null),
        ["html-divs-nested-200000"] = ("a.html", () => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "x</body></html>"), 1, "budgets.maxNestingDepth"),
        ["pdf-arrays-nested-300"] = ("a.pdf", () => OnePagePdf("4 0 R", Stream(PageText(3)), " /Deep " + new string('[', 300) + new string(']', 300)), 1, "PDF"),
        ["pdf-contents-name-one-stream-100000-times"] = ("a.pdf", () => OnePagePdf("[" + string.Concat(Enumerable.Repeat("4 0 R ", 100_000)) + "]", Stream(PageText(200))), 1, "budgets.maxPdfContentBytes"),
        ["pdf-flate-bomb"] = ("a.pdf", () => OnePagePdf("4 0 R", Stream(Deflate(300L << 20), " /Filter /FlateDecode")), 1, "budgets.maxPdfStreamBytes"),
        ["txt-windows-1252"] = ("a.txt", () => Encoding.Latin1.GetBytes("Münster Übersicht für Straßen und Plätze\n\nDie Stadt hat Gebühren erhöht.\n"), 1, "legacy encoding"),
        ["txt-symlink-to-dev-zero"] = ("a.txt", null, 1, "not a regular file"),
        ["txt-fifo"] = ("a.txt", null, 1, "not a regular file"),
    };

    protected void A_hostile_input_gives_its_line_in_bounded_time_and_memory_and_the_good_file_converts(string name)
    {
        var (file, content, exit, line) = Corpus[name];
        string input = Path.Combine(work, file);
        if (content is not null) File.WriteAllBytes(input, content());
        if (name.Contains("image-a-link-to-dev-zero")) File.CreateSymbolicLink(Path.Combine(work, "z.png"), "/dev/zero");
        else if (name.Contains("dev-zero")) File.CreateSymbolicLink(input, "/dev/zero");
        else if (name.Contains("fifo")) System.Diagnostics.Process.Start("mkfifo", input).WaitForExit();
        string good = Path.Combine(work, "good.txt");
        File.Copy(Repo.Fixture("riverton-2026-budget-report.txt"), good);
        string output = Path.Combine(work, "out");

        var run = CliProcess.Run(["convert", good, input, "-o", output, "--to", "md"]);

        Assert.False(run.Killed, $"{name}: killed by the watchdog after {run.Elapsed.TotalSeconds:0} s at {run.PeakBytes >> 20} MB");
        Assert.True(run.PeakBytes < CliProcess.MemoryLimit, $"{name}: peak {run.PeakBytes >> 20} MB");
        Assert.True(run.Elapsed < CliProcess.TimeLimit, $"{name}: {run.Elapsed.TotalSeconds:0} s");
        Assert.True(exit == run.Exit, $"{name}: exit {run.Exit}, expected {exit}\n{run.Err}");
        Assert.DoesNotContain("   at ", run.Err);
        var errors = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (line is null) Assert.Empty(errors);
        else
        {
            string only = Assert.Single(errors);
            Assert.Contains(input, only);
            Assert.True(only.Contains(line, StringComparison.Ordinal), $"{name}: expected \"{line}\" in: {only}");
        }
        Assert.True(File.Exists(Path.Combine(output, "good.md")), $"{name}: the good file was not converted");
        Assert.Empty(Directory.GetFiles(output, ".rp-*"));
    }
}

public sealed class HostileWordInputTests : HostileInputTests
{
    public static TheoryData<string> Cases => CasesOf("docx-");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gives_its_line_in_bounded_time_and_memory_and_the_good_file_converts(string name) =>
        A_hostile_input_gives_its_line_in_bounded_time_and_memory_and_the_good_file_converts(name);
}

public sealed class HostileMarkupInputTests : HostileInputTests
{
    public static TheoryData<string> Cases => CasesOf("md-", "html-");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gives_its_line_in_bounded_time_and_memory_and_the_good_file_converts(string name) =>
        A_hostile_input_gives_its_line_in_bounded_time_and_memory_and_the_good_file_converts(name);
}

public sealed class HostilePdfAndTextInputTests : HostileInputTests
{
    public static TheoryData<string> Cases => CasesOf("pdf-", "txt-");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gives_its_line_in_bounded_time_and_memory_and_the_good_file_converts(string name) =>
        A_hostile_input_gives_its_line_in_bounded_time_and_memory_and_the_good_file_converts(name);
}
