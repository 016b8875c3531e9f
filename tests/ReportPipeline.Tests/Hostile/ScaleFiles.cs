using System.Text;

namespace ReportPipeline.Tests.Hostile;

/// <summary>
/// Large reports made at test time, as scripts/make-notes-benchmark.py makes them for docs/PERFORMANCE.md: a report
/// of <c>n</c> paragraphs each citing its own note, as Markdown footnotes, plain text with superscript markers and a
/// notes list, and an HTML page with pandoc's note links; and an HTML page of <c>n</c> paragraphs each holding a link.
/// </summary>
public static class ScaleFiles
{
    public static readonly string[] Kinds = ["notes.md", "notes.txt", "notes.html", "links.html"];

    /// <summary>Writes the report of one kind with <paramref name="n"/> notes or links into <paramref name="folder"/>; returns its path.</summary>
    public static string Write(string kind, int n, string folder)
    {
        string path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(kind)}-{n}{Path.GetExtension(kind)}");
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        switch (kind)
        {
            case "notes.md":
                w.Write("# 关于工作情况的报告\n\n## 一、总体情况\n\n");
                for (int i = 1; i <= n; i++) w.Write($"{Work(i)}[^{i}]。\n\n");
                for (int i = 1; i <= n; i++) w.Write($"[^{i}]: 第{i}条注释。\n");
                break;
            case "notes.txt":
                w.Write("关于工作情况的报告\n\n一、总体情况\n\n");
                for (int i = 1; i <= n; i++) w.Write($"{Work(i)}{Superscript(i)}。\n\n");
                w.Write("注释：\n");
                for (int i = 1; i <= n; i++) w.Write($"{Superscript(i)} 第{i}条注释。\n");
                break;
            case "notes.html":
                w.Write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>报告</title></head><body><h1>关于工作情况的报告</h1><h2>一、总体情况</h2>\n");
                for (int i = 1; i <= n; i++)
                    w.Write($"<p>{Work(i)}<a href=\"#fn{i}\" class=\"footnote-ref\" id=\"fnref{i}\" role=\"doc-noteref\"><sup>{i}</sup></a>。</p>\n");
                w.Write("<section class=\"footnotes\" role=\"doc-endnotes\"><ol>\n");
                for (int i = 1; i <= n; i++) w.Write($"<li id=\"fn{i}\"><p>第{i}条注释。<a href=\"#fnref{i}\" class=\"footnote-back\">↩︎</a></p></li>\n");
                w.Write("</ol></section></body></html>\n");
                break;
            case "links.html":
                w.Write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Links</title></head><body><h1>Report of links</h1>\n");
                for (int i = 1; i <= n; i++) w.Write($"<p>See the report <a href=\"https://example.org/reports/2025/{i}.html\">report number {i}</a> here.</p>\n");
                w.Write("</body></html>\n");
                break;
            default:
                throw new ArgumentException($"unknown kind {kind}", nameof(kind));
        }
        return path;
    }

    private static string Work(int i) => $"第{i}项工作按计划推进，完成情况良好";

    private static string Superscript(int i) => string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0']));
}
