using System.Text.RegularExpressions;
using ReportPipeline.Decoding;
using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>
/// Recognises what each block of lines holds: table rows (tab-separated), list items, footnote definitions,
/// headings, or paragraph text. A block may hold several kinds in turn.
/// </summary>
internal static partial class BlockClassifier
{
    [GeneratedRegex(@"^[-•·●▪*]\s+(?=\S)")]
    private static partial Regex BulletMarker();

    // A bilingual edition names its notes in both languages: "注释 Notes", "注释 / Notes".
    [GeneratedRegex(@"^(注释|注|附注|脚注|尾注|Notes|NOTES|Footnotes|FOOTNOTES|Endnotes|ENDNOTES)(\s*[/／|｜]?\s*(注释|注|附注|脚注|尾注|Notes|NOTES|Footnotes|FOOTNOTES|Endnotes|ENDNOTES))?\s*[：:]?$")]
    private static partial Regex NotesHeading();

    private enum LineKind { Text, TableRow, Bullet, FootnoteDefinition, NotesHeading }

    internal static bool IsNotesHeading(string line) => NotesHeading().IsMatch(line.Trim());

    public static List<Candidate> Classify(IReadOnlyList<IReadOnlyList<SourceLine>> blocks, StructureOptions options)
    {
        var result = new List<Candidate>();
        bool inNotesZone = false;
        foreach (var block in blocks)
        {
            var run = new List<SourceLine>();
            LineKind runKind = LineKind.Text;
            void Flush()
            {
                if (run.Count > 0) result.AddRange(ToCandidates(runKind, run, inNotesZone, options));
                run = [];
            }
            foreach (var line in block)
            {
                var kind = KindOf(line.Text, inNotesZone);
                if (kind == LineKind.NotesHeading)
                {
                    Flush();
                    runKind = LineKind.Text; // the note before the heading is closed: what follows cannot continue it
                    inNotesZone = true;
                    continue;
                }
                bool continuesNote = runKind == LineKind.FootnoteDefinition && kind == LineKind.Text;
                if (kind != runKind && !continuesNote || kind == LineKind.FootnoteDefinition)
                {
                    Flush();
                    runKind = kind;
                }
                run.Add(line);
            }
            Flush();
        }
        return result;
    }

    private static LineKind KindOf(string line, bool inNotesZone)
    {
        if (line.Contains('\t')) return LineKind.TableRow;
        string trimmed = line.Trim();
        if (BulletMarker().IsMatch(trimmed)) return LineKind.Bullet;
        if (FootnoteMarkers.ParseDefinition(trimmed, inNotesZone) is not null) return LineKind.FootnoteDefinition;
        if (IsNotesHeading(trimmed)) return LineKind.NotesHeading;
        return LineKind.Text;
    }

    private static IEnumerable<Candidate> ToCandidates(LineKind kind, List<SourceLine> lines, bool inNotesZone, StructureOptions options)
    {
        var span = lines[0].Span.Through(lines[^1].Span);
        switch (kind)
        {
            case LineKind.TableRow:
                return [new TableRowsCandidate(lines.Select(l => (IReadOnlyList<string>)l.Text.Split('\t').Select(c => c.Trim()).ToList()).ToList(), span)];
            case LineKind.Bullet:
                return [new ListCandidate(false, lines.Select(l => RecoveredText.FromPlain(BulletMarker().Replace(l.Text.Trim(), ""))).ToList(), span)];
            case LineKind.FootnoteDefinition:
                var (number, marker, text) = FootnoteMarkers.ParseDefinition(lines[0].Text.Trim(), inNotesZone)!.Value;
                return [new FootnoteCandidate(number, marker, JoinLines([text, .. lines.Skip(1).Select(l => l.Text)]), span)];
            default:
                if (lines.Count >= 2 && lines.All(l => Numbering.Match(l.Text.Trim())?.Style is NumberingStyle.Arabic or NumberingStyle.ArabicParenthesized))
                    return [new ListCandidate(true, lines.Select(l => RecoveredText.FromPlain(Numbering.Match(l.Text.Trim())!.Rest)).ToList(), span)];
                return HeadingRule.Classify(new ParagraphCandidate(JoinLines(lines.Select(l => l.Text)), span, Bold: lines.All(l => l.Bold)), options);
        }
    }

    private static RecoveredText JoinLines(IEnumerable<string> lines) =>
        RecoveredText.FromPlain(lines.Select(l => l.Trim()).Aggregate("", CjkText.JoinFragments));
}
