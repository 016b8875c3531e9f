using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Docx;

namespace ReportPipeline.Tests.Gongwen;

/// <summary>
/// The Word file as LibreOffice lays it out (rendered to PDF, read back with pdftotext -layout): a full page of a
/// Chinese report holds 22 lines, and a line of Chinese text 28 characters. Kept to one report: rendering is slow.
/// </summary>
public partial class WordRenderTests
{
    [Fact]
    public void LibreOffice_sets_22_lines_of_28_characters_on_a_page()
    {
        if (!Tools.Available("soffice") || !Tools.Available("pdftotext")) { Tools.RequireInCI("soffice"); return; }
        var dir = Directory.CreateTempSubdirectory("rp-lo-").FullName;
        string docx = Path.Combine(dir, "report.docx");
        File.WriteAllBytes(docx, Run.Render(new DocxReportWriter(), Run.Fixture("yuexiu-2025-plan-report.txt")));
        Soffice(dir, $"--headless -env:UserInstallation=file://{dir}/profile --convert-to pdf --outdir {dir} {docx}");
        string pdf = Path.Combine(dir, "report.pdf");
        Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");

        var pages = Tools.Run("pdftotext", $"-layout {pdf} -", "").Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count > 4, $"only {pages.Count} pages");
        // A full page: neither the first (title) nor the last, and only body type (no footnote or table lines, which are smaller and longer).
        var fullPages = pages.Skip(1).SkipLast(1)
            .Select(p => p.Split('\n').Where(l => l.Trim().Length > 0 && !PageNumber().IsMatch(l)).ToList())
            .Where(lines => lines.All(l => Squeezed(l).Length <= 31))
            .ToList();
        Assert.NotEmpty(fullPages);
        Assert.All(fullPages, lines => Assert.InRange(lines.Count, 21, 23));

        // Lines of Chinese text only (no digits or Latin, whose widths differ) that are not a paragraph's last line.
        var chineseLines = fullPages.SelectMany(lines => lines.SkipLast(1)).Select(Squeezed)
            .Where(l => l.Length >= 20 && l.All(c => c > '\u2000')).ToList();
        Assert.True(chineseLines.Count > 20, $"only {chineseLines.Count} lines of Chinese text");
        int usual = chineseLines.GroupBy(l => l.Length).OrderByDescending(g => g.Count()).First().Key;
        Assert.InRange(usual, 27, 29);
    }

    private static string Squeezed(string line) => Regex.Replace(line, @"\s", "");

    [GeneratedRegex(@"^\s*—\s*\d+\s*—\s*$")]
    private static partial Regex PageNumber();

    private static void Soffice(string dir, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("soffice", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir })!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "LibreOffice did not finish in 3 minutes");
    }
}
