using System.Text.RegularExpressions;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Recognises what each block of lines holds: table rows (tab-separated), list items, footnote definitions,
/// glossary entries, headings, or paragraph text. A block may hold several kinds in turn. Under a notes heading a note
/// runs on over the lines that follow it ("［1］一降三减：" then its definition on the next line) until the next marker, a
/// blank line, or the end of the notes; under a glossary heading ("名词解释") the entries become a definition list.
/// </summary>
internal static partial class BlockClassifier
{
    private enum LineKind { Text, TableRow, Bullet, FootnoteDefinition, NotesHeading, GlossaryHeading, GlossaryEntry }

    private enum Zone { Body, Notes, Glossary }

    /// <param name="zones">Receives each notes heading met, where unreferenced notes will stay (<see cref="UnreferencedNotes"/>).</param>
    public static List<Candidate> Classify(IReadOnlyList<IReadOnlyList<SourceLine>> blocks, StructureOptions options,
        List<Diagnostic>? diagnostics = null, List<NotesZone>? zones = null)
    {
        var state = new State(options, diagnostics ?? [], zones ?? []);
        bool first = true, opening = true;
        string? previous = null;
        foreach (var block in blocks)
        {
            state.StartBlock(block[0]);
            bool dashed = false;
            foreach (var line in block)
            {
                // The title's occasion line ("——在…会议上") is never the title's continuation, nor the speaker the
                // occasion's, even without a blank line; before the body, a name under its office ("国务院总理" / "李　强")
                // is a line of its own, for the title block to join with a space.
                if (state.RunCount > 0 && (first && (IsDashed(line.Text) || dashed && TitleBlockRecognizer.IsPersonLine(line.Text))
                                           || opening && previous is not null && TitleBlockRecognizer.EndsWithOffice(previous)))
                    state.Flush();
                dashed |= IsDashed(line.Text);
                opening &= !TitleBlockRecognizer.StartsBody(line.Text, options);
                previous = line.Text;
                state.Add(line);
            }
            state.Flush();
            first = false;
        }
        state.EndZone();
        return state.Result;
    }

    /// <summary>A line that opens a part of the report (a chapter, a section, an appendix) ends a notes or glossary zone.</summary>
    private static bool OpensPart(string line) =>
        ReportConventions.MatchAppendix(line) is not null
        || Numbering.Match(line.Trim())?.Style is NumberingStyle.Chapter or NumberingStyle.Section or NumberingStyle.CjkEnumeral or NumberingStyle.CjkParenthesized;

    private static bool IsDashed(string line) => line.TrimStart() is var t && (t.StartsWith("——", StringComparison.Ordinal) || t.StartsWith("――", StringComparison.Ordinal)
        || t.StartsWith("──", StringComparison.Ordinal));

    private sealed class State(StructureOptions options, List<Diagnostic> diagnostics, List<NotesZone> zones)
    {
        public readonly List<Candidate> Result = [];
        private List<SourceLine> run = [];
        private LineKind runKind = LineKind.Text;
        private Zone zone = Zone.Body;
        private readonly List<(string Term, RecoveredText Definition, SourceSpan Source)> entries = [];
        private SourceLine? previousLine;
        private bool blankBefore;
        private int zoneStart;
        private bool numberedGlossary;

        public int RunCount => run.Count;

        public void StartBlock(SourceLine firstLine)
        {
            blankBefore = previousLine is null || firstLine.Number > previousLine.Number + 1;
        }

        public void Add(SourceLine line)
        {
            var kind = KindOf(line.Text);
            if (kind is LineKind.NotesHeading or LineKind.GlossaryHeading)
            {
                Flush();
                EndZone();
                runKind = LineKind.Text; // the note before the heading is closed: what follows cannot continue it
                zone = kind == LineKind.NotesHeading ? Zone.Notes : Zone.Glossary;
                zoneStart = Result.Count;
                if (kind == LineKind.NotesHeading) zones.Add(new NotesZone(line.Text, line.Span));
                if (kind == LineKind.GlossaryHeading)
                    Result.Add(new HeadingCandidate(null, RecoveredText.FromPlain(line.Text.Trim()), line.Span, Part: true));
                previousLine = line;
                return;
            }
            if (zone == Zone.Glossary) { AddGlossaryLine(line, kind); previousLine = line; return; }
            bool continuesNote = runKind == LineKind.FootnoteDefinition && kind == LineKind.Text;
            if (kind != runKind && !continuesNote || kind == LineKind.FootnoteDefinition)
            {
                Flush();
                runKind = kind;
            }
            run.Add(line);
            previousLine = line;
        }

        private LineKind KindOf(string line)
        {
            if (line.Contains('\t')) return LineKind.TableRow;
            string trimmed = line.Trim();
            if (zone == Zone.Glossary && GlossaryEntries.Parse(trimmed, options) is not null) return LineKind.GlossaryEntry;
            if (ReportConventions.BulletLength(trimmed) > 0) return LineKind.Bullet;
            if (FootnoteMarkers.ParseDefinition(trimmed, zone == Zone.Notes) is not null) return LineKind.FootnoteDefinition;
            if (ReportConventions.IsNotesHeading(trimmed)) return LineKind.NotesHeading;
            if (ReportConventions.IsGlossaryHeading(trimmed)) return LineKind.GlossaryHeading;
            return LineKind.Text;
        }

        /// <summary>
        /// A glossary line: an entry, or the definition of the entry above (on its next line, or running on), until a
        /// blank line after a complete entry, or a line that opens another part (an appendix) ends the glossary.
        /// </summary>
        private void AddGlossaryLine(SourceLine line, LineKind kind)
        {
            string text = line.Text.Trim();
            bool awaitsDefinition = entries.Count > 0 && entries[^1].Definition.IsEmpty;
            var entry = GlossaryEntries.Parse(text, options, out bool numbered);
            // In a numbered glossary, an entry without a number is not the glossary's (what a web page adds after it).
            bool foreign = entry is not null && !numbered && entries.Count > 0 && numberedGlossary;
            if (entry is not null && !foreign && (!awaitsDefinition || numbered && numberedGlossary))
            {
                if (entries.Count == 0) numberedGlossary = numbered;
                entries.Add((entry.Value.Term, RecoveredText.FromPlain(entry.Value.Definition), line.Span));
                return;
            }
            bool adjacent = previousLine is not null && line.Number == previousLine.Number + 1;
            if (entries.Count > 0 && !foreign && kind is LineKind.Text or LineKind.GlossaryEntry && !OpensPart(text) && (awaitsDefinition || adjacent))
            {
                var last = entries[^1];
                entries[^1] = (last.Term, last.Definition.Join(RecoveredText.FromPlain(text)), last.Source.Through(line.Span));
                return;
            }
            EndZone();
            Add(line);
        }

        public void Flush()
        {
            if (run.Count == 0) return;
            if (zone == Zone.Notes && runKind == LineKind.Text && OpensPart(run[0].Text)) EndZone();
            if (zone == Zone.Notes && runKind == LineKind.Text && Result.Count > zoneStart && Result[^1] is FootnoteCandidate note)
            {
                if (!blankBefore)
                {
                    // The definition on the lines after "［1］term：": part of the note, up to the next marker.
                    var text = run.Aggregate(note.Text, (t, l) => t.Join(RecoveredText.FromPlain(l.Text.Trim())));
                    Result[^1] = note with { Text = text, Source = note.Source.Through(run[^1].Span) };
                    run = [];
                    runKind = LineKind.Text;
                    return;
                }
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "notes-text-after-gap",
                    $"text after footnote {note.Marker} and a blank line is read as body text, not as part of the note",
                    run[0].Span.Through(run[^1].Span)));
            }
            Result.AddRange(ToCandidates(runKind, run));
            run = [];
            runKind = LineKind.Text;
            blankBefore = false;
        }

        /// <summary>Closes a glossary zone: its entries become one definition list; a term left without definition is reported.</summary>
        public void EndZone()
        {
            if (zone == Zone.Glossary && entries.Count > 0)
            {
                foreach (var entry in entries.Where(e => e.Definition.IsEmpty))
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "glossary-term-without-definition",
                        $"glossary term \"{entry.Term}\" has no definition", entry.Source));
                Result.Add(new DefinitionListCandidate(entries.Select(e => (RecoveredText.FromPlain(e.Term), e.Definition)).ToList(),
                    entries[0].Source.Through(entries[^1].Source)));
                entries.Clear();
            }
            if (zone == Zone.Notes) ReportTermsWithoutDefinition();
            zone = Zone.Body;
        }

        private void ReportTermsWithoutDefinition()
        {
            foreach (var note in Result.Skip(zoneStart).OfType<FootnoteCandidate>())
                if (note.Text.Plain.TrimEnd().EndsWith('：') || note.Text.Plain.TrimEnd().EndsWith(':'))
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "footnote-term-without-definition",
                        $"footnote {note.Marker} names a term with no definition after it", note.Source));
        }

        private IEnumerable<Candidate> ToCandidates(LineKind kind, List<SourceLine> lines)
        {
            var span = lines[0].Span.Through(lines[^1].Span);
            switch (kind)
            {
                case LineKind.TableRow:
                    return [new TableRowsCandidate(lines.Select(l => (IReadOnlyList<string>)l.Text.Split('\t').Select(c => c.Trim()).ToList()).ToList(), span)];
                case LineKind.Bullet:
                    return [new ListCandidate(false, lines.Select(l => RecoveredText.FromPlain(l.Text.Trim()[ReportConventions.BulletLength(l.Text.Trim())..])).ToList(), span)];
                case LineKind.FootnoteDefinition:
                    var (number, marker, text) = FootnoteMarkers.ParseDefinition(lines[0].Text.Trim(), inNotesZone: true)!.Value;
                    return [new FootnoteCandidate(number, marker, JoinLines([text, .. lines.Skip(1).Select(l => l.Text)]), span)];
                default:
                    if (lines.Count >= 2 && lines.All(l => Numbering.Match(l.Text.Trim())?.Style is NumberingStyle.Arabic or NumberingStyle.ArabicParenthesized))
                        return [new ListCandidate(true, lines.Select(l => RecoveredText.FromPlain(Numbering.Match(l.Text.Trim())!.Rest)).ToList(), span)];
                    return HeadingRule.Classify(new ParagraphCandidate(JoinLines(lines.Select(l => l.Text)), span, Bold: lines.All(l => l.Bold)), options);
            }
        }
    }

    private static RecoveredText JoinLines(IEnumerable<string> lines) =>
        RecoveredText.FromPlain(lines.Select(l => l.Trim()).Aggregate("", CjkText.JoinFragments));
}
