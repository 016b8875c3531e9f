namespace ReportPipeline.Tests.EndToEnd;

/// <summary>What a reader of a fixture must find, counted by hand from the source document.</summary>
public sealed record ExpectedReport(
    string Fixture,
    string Language,
    int Chapters,
    int Sections,
    int DeeperHeadings,
    int LeadSentences,
    int Footnotes,
    int ListItems,
    int Tables,
    bool SpanningHeader,
    string[] WholePhrases)
{
    public override string ToString() => Fixture;

    public static readonly ExpectedReport Seed = new("yuexiu-2025-plan-report.txt", "zh-CN",
        Chapters: 2, Sections: 10, DeeperHeadings: 0, LeadSentences: 34, Footnotes: 26, ListItems: 5, Tables: 1,
        SpanningHeader: true, WholePhrases: ["原拆原建", "因地制宜发展", "燃气管道20公里", "“四上”企业超 500 家", "300场次"]);

    public static readonly ExpectedReport Budget = new("lanshan-2026-budget-report.txt", "zh-CN",
        Chapters: 2, Sections: 5, DeeperHeadings: 6, LeadSentences: 2, Footnotes: 5, ListItems: 4, Tables: 1,
        SpanningHeader: true, WholePhrases: ["修复受损道路 41 公里", "主要来自矿业权出让收益"]);

    public static readonly ExpectedReport English = new("riverton-2026-budget-report.txt", "en",
        Chapters: 2, Sections: 4, DeeperHeadings: 0, LeadSentences: 0, Footnotes: 4, ListItems: 3, Tables: 1,
        SpanningHeader: true, WholePhrases: ["6.1 percent of operating spending, still above the floor"]);

    public static TheoryData<ExpectedReport> All => [Seed, Budget, English];

    /// <summary>
    /// Where the same report comes from: its text, and the Word (with heading styles, and with direct formatting
    /// only), HTML and PDF files LibreOffice wrote of it (scripts/make-office-fixtures.py).
    /// </summary>
    public IEnumerable<string> Sources =>
    [
        Fixture,
        .. new[] { "styled.docx", "direct.docx", "styled.html", "styled.pdf" }.Select(kind => Path.Combine("office", $"{Path.GetFileNameWithoutExtension(Fixture)}.{kind}")),
    ];

    /// <summary>
    /// Text as a source can hold it. A PDF keeps no space where a line wraps, so a space written between a Chinese
    /// character and a number or Latin word is lost when the line broke there: PDF text is compared without those spaces.
    /// </summary>
    public static string Comparable(string text, string input) =>
        input.EndsWith(".pdf", StringComparison.Ordinal) ? System.Text.RegularExpressions.Regex.Replace(text, @"(?<=\p{IsCJKUnifiedIdeographs}|[“”])\s+|\s+(?=\p{IsCJKUnifiedIdeographs}|[“”])", "") : text;

    public static TheoryData<ExpectedReport, string> Inputs
    {
        get
        {
            var data = new TheoryData<ExpectedReport, string>();
            foreach (var report in new[] { Seed, Budget, English })
                foreach (var source in report.Sources) data.Add(report, source);
            return data;
        }
    }
}
