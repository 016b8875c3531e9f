using ReportPipeline.Model;
using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// The last stage: the page flow handed to recovery as blocks, through the door the Word and HTML readers use.
/// Paragraphs become rich text (bold and italic from the glyphs, markers as references to the notes they point to),
/// bulleted paragraphs list items, tables keep the spans of their grid, notes keep their number, marker and pages;
/// every block says where it stands: its pages and, on one page, its box. A paragraph the layout ran on over a page
/// break was joined once, by the paragraph builder; the join is reported here.
/// </summary>
internal static class PdfCandidates
{
    public static DecodedReport Build(List<PdfFlowItem> flow, List<PdfFootnote> zoneNotes, double bodySize = 0, StructureOptions? structure = null,
        PdfParagraphOptions? paragraphs = null, PdfTitleOptions? titleOptions = null, BodyGeometry? geometry = null,
        IReadOnlyList<SourceSpan>? contents = null)
    {
        var paragraphOptions = paragraphs ?? PdfParagraphOptions.Default;
        int headingLines = paragraphOptions.HeadingMaxLines;
        var titling = titleOptions ?? PdfTitleOptions.Default;
        Metadata? metadata = null;
        int label = 0; // flow items before this one stand above a title block (a document label): plain paragraphs after it
        double titleTop = double.MaxValue; // nor is anything set higher on page 1 in another column (a masthead at the right)
        if (bodySize > 0) flow = PdfTitle.WithBylineUnderTitle(flow, bodySize, titling);
        if (bodySize > 0 && PdfTitle.Find(flow, bodySize, titling) is var (first, title, byline))
        {
            label = first; // nothing above the title on page 1 is a heading: a masthead, a journal line, a document label
            titleTop = ((PdfParagraph)flow[first]).Lines!.Max(l => l.Baseline + l.Size);
            if (!PdfTitle.OpensOccasion(flow, title))
            {
                metadata = PdfTitle.Metadata([.. flow.Skip(first).Take(title - first + 1).Cast<PdfParagraph>()], byline is { } b ? (PdfParagraph)flow[b] : null);
                if (metadata.Author is null && PdfTitle.NamedAuthor(flow) is { } named) metadata = metadata with { Author = named };
                flow = flow.Where((_, i) => (i < first || i > title) && i != byline).ToList();
            }
        }
        else if (bodySize > 0 && PdfTitle.RunningHeads(flow, bodySize, titling) is > 0 and var heads)
            label = heads; // a running head over the title block is no title: the block under it is read as one
        else if (bodySize > 0 && PdfTitle.OpensWithBody(flow, headingLines))
            metadata = new Metadata(null, null, null, null, ""); // page 1 opens with body text: no title to guess
        var notes = new List<(PdfNoteEntry Entry, FootnoteCandidate Candidate)>();
        var body = new List<(int Position, PdfFlowItem Item)>();
        var seen = new Dictionary<string, int>();
        string IdFor(string key)
        {
            int count = seen[key] = seen.GetValueOrDefault(key) + 1;
            string safe = key.All(char.IsAsciiDigit) ? key : $"s{string.Concat(key.Select(c => ((int)c).ToString("x")))}";
            return count == 1 ? safe : $"{safe}-{count}";
        }
        void AddNote(string key, int number, string marker, PdfStyledText text, SourceSpan source, int position)
        {
            string id = IdFor(key);
            var rich = RecoveredText.FromInlines(PdfInlines.Build(text.WithoutStraySpaces().Trim(), null)).Trim();
            notes.Add((new PdfNoteEntry(key, id, position, source.Page ?? 0), new FootnoteCandidate(number, marker, rich, source, id)));
        }

        // The document's words, by which the lines of a note are joined as those of a paragraph (a Korean word cut at a line end).
        var words = flow.OfType<PdfParagraph>().Select(p => p.Hyphenated).FirstOrDefault(w => w is not null);
        bool inNotesList = false;
        int unmarked = 0;
        (int Number, int Page)? lastNote = null; // the last numbered note met: a note opening a paragraph follows it
        for (int i = 0; i < flow.Count; i++)
        {
            switch (flow[i])
            {
                case FlowNotes zone:
                    foreach (var note in zoneNotes.Skip(zone.First).Take(zone.Count))
                    {
                        var lines = note.Lines ?? [];
                        if (note.IsNumbered) lastNote = (note.Number, note.Page);
                        AddNote(KeyOf(note, ref unmarked), note.IsNumbered ? note.Number : notes.Count + 1, note.IsNumbered ? note.Marker : note.Symbol!,
                            lines.Count == 0 ? new PdfStyledText(note.Text, new PdfCharStyle[note.Text.Length]) : PdfStyledText.Join(lines, words).Skip(note.MarkerLength),
                            SourceOf(lines, note.Page), i);
                    }
                    break;
                case PdfParagraph p when Structure.Conventions.ReportConventions.IsNotesHeading(p.Text):
                    inNotesList = true; // a notes heading ("Notes", "注释") opens a list of notes, as in extracted text
                    break;
                case PdfParagraph p when Definition(p, inNotesList, lastNote) is var (number, marker, length):
                    lastNote = (number, p.Page);
                    AddNote(number.ToString(), number, marker, PdfStyledText.Join(p.Lines ?? [], p.Hyphenated).Skip(length), SourceOf(p.Lines ?? [], p.Page), i);
                    break;
                case PdfParagraph or FlowTable or FlowFigure:
                    inNotesList = false;
                    body.Add((i, flow[i]));
                    break;
            }
        }

        if (label > 0) body = PdfDocumentLabel.Joined(body, label); // a label printed over two lines is one
        var linker = new PdfNoteLinker(notes.Select(n => n.Entry));
        var diagnostics = new List<Diagnostic>();
        var candidates = new List<Candidate>();
        var otherDocument = new List<PageFurniture>();
        var items = HangingItems.Of(body, paragraphOptions);
        bool boldsNothing = PlainSectionTitle.BoldsNothing(body, bodySize, paragraphOptions.DisplaySizeRatio);
        for (int k = 0; k < body.Count; k++)
        {
            var (position, item) = body[k];
            string? Resolve(PdfMarker marker) => linker.Resolve(marker, position, item.Page);
            switch (item)
            {
                case PdfParagraph p:
                    var lines = p.Lines ?? [];
                    var source = SourceOf(lines, p.Page);
                    if (source.EndPage is not null)
                        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "joined-across-break",
                            $"joined a paragraph broken at the foot of page {source.Page} with its continuation on page {source.EndPage}", source));
                    var styled = PdfStyledText.Join(lines, p.Hyphenated).WithoutStraySpaces().Trim().WithFaceLead().WithBoldAcrossFigures();
                    bool isLabel = position < label || p.Page == 1 && lines.Count > 0 && lines.All(l => l.Page == 1 && l.Baseline > titleTop);
                    if (isLabel) styled = new PdfStyledText(styled.Text, new PdfCharStyle[styled.Text.Length]); // a label is no heading
                    // Full sentences opening page 1 over the title, before anything else of the flow: the end of the document the
                    // page prints before this one (a gazette's previous item), set aside as such, not read as this report's text or label.
                    if (isLabel && candidates.Count == 0 && p.Page == 1
                        && Structure.Conventions.ReportConventions.EndsChineseSentence(styled.Text))
                    {
                        otherDocument.Add(new PageFurniture(FurnitureKind.OtherDocument, styled.Text.Trim(), source));
                        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "pdf-other-document",
                            $"set aside the sentences over the title on page {p.Page} as the end of another document (\"{Excerpt(styled.Text)}\")", source));
                        continue;
                    }
                    var candidate = Paragraph(styled, p.Bold && !isLabel, source, Resolve, p.Item, StarList(body, k));
                    // Short text over the title, before anything else of the body but pictures, is the document's label, printed
                    // first: a label set beside an emblem or a QR code is read after the picture, and goes before it.
                    if (isLabel && candidate is ParagraphCandidate plain && lines.Count <= titling.LabelMaxLines
                        && candidates.All(c => c is ParagraphCandidate { Role: ParagraphRole.DocumentLabel } or FigureCandidate))
                    {
                        candidates.Insert(candidates.Count(c => c is ParagraphCandidate { Role: ParagraphRole.DocumentLabel }), plain with { Role = ParagraphRole.DocumentLabel });
                        break;
                    }
                    // A numbered item set with a hanging indent is a paragraph as the page sets it, label and all: no heading.
                    if (items.Contains(k) && candidate is ParagraphCandidate numbered) candidate = numbered with { Styled = true };
                    // A bold block with space above it and regular text after it is set apart as a heading, however it wraps;
                    // so is one over another such block (a heading right over its first subheading).
                    if (candidate is ParagraphCandidate { IsAllBold: true } c && p.SpaceAbove && lines.Count <= headingLines
                        && k + 1 < body.Count && (body[k + 1].Item is PdfParagraph { Bold: false }
                                                  || body[k + 1].Item is PdfParagraph { Bold: true, SpaceAbove: true } && OverText(body, k + 1, headingLines)))
                        candidate = c with { SetApart = true };
                    // A word spread letter by letter across a line of its own, with text after it, is a section title ("부      칙").
                    else if (candidate is ParagraphCandidate spread && SpreadTitle.Is(p, (paragraphs ?? PdfParagraphOptions.Default).SpreadTitleRatio)
                             && k + 1 < body.Count && body[k + 1].Item is PdfParagraph)
                    {
                        candidate = new HeadingCandidate(null, spread.Text, spread.Source);
                        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "heading-from-formatting",
                            $"took the line \"{p.Text}\", its letters spread across the line, for a heading: it has no number", source));
                    }
                    // A line opened by a boxed number the text layer does not name (a private-use glyph), set larger than the
                    // text after it, is a section title; the glyph no other font draws is left out of it.
                    else if (candidate is ParagraphCandidate && !isLabel && styled.Text.Length > 1
                             && GlyphNumberedTitle.Is(body, k, structure ?? StructureOptions.Default, paragraphOptions))
                    {
                        var glyphTitle = styled.Skip(1).Trim();
                        candidate = new HeadingCandidate(null, RecoveredText.FromInlines(PdfInlines.Build(glyphTitle, Resolve)).Trim(), source)
                            { Look = LookOf(lines, glyphTitle, geometry, paragraphOptions) };
                        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "heading-from-formatting",
                            $"took the line \"{glyphTitle.Text}\", opened by a glyph the text layer does not name and set larger than the text after it, for a heading", source));
                    }
                    // In a document that bolds nothing, a short plain phrase alone on its line, with space above it and the
                    // section's text after it, is a section title ("제안이유 및 주요내용").
                    else if (candidate is ParagraphCandidate plainTitle && !isLabel && boldsNothing
                             && PlainSectionTitle.Is(body, k, contents ?? [], structure ?? StructureOptions.Default, geometry, paragraphOptions))
                    {
                        candidate = new HeadingCandidate(null, plainTitle.Text, plainTitle.Source);
                        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "heading-from-shape",
                            $"took the line \"{p.Text.Trim()}\", alone with space above it in a document that bolds nothing, for a heading: it has no number", source));
                    }
                    // So is an italic line of its own with space above it and regular text after it (a handbook's side heading).
                    else if (candidate is ParagraphCandidate { Text.Rich: [Emphasis] } e && lines.Count == 1 && p.SpaceAbove
                             && k + 1 < body.Count && body[k + 1].Item is PdfParagraph { Lines: [var after, ..] } && !IsItalic(after))
                        candidate = e with { SetApart = true };
                    if (candidate is ParagraphCandidate look && lines.Count > 0) candidate = look with { Look = LookOf(lines, styled, geometry, paragraphOptions) };
                    candidates.Add(candidate);
                    break;
                case FlowFigure f:
                    candidates.Add(PdfFigureCandidate.Build(f, Resolve));
                    break;
                case FlowTable t:
                    var table = PdfTableCandidates.Build(t.Table, Resolve);
                    if (candidates.Count > 0 && candidates[^1] is TableCandidate previous && PdfTableCandidates.Continues(previous, table))
                        candidates[^1] = PdfTableCandidates.Merge(previous, table);
                    else
                        candidates.Add(table);
                    break;
            }
        }
        candidates.AddRange(notes.Select(n => n.Candidate));
        if (label > 0 && metadata is null)
        {
            // The title block below the label is read as recovery reads one opening a document; the label goes before the body.
            int labels = body.Count(b => b.Position < label) - otherDocument.Count;
            var (read, rest) = TitleBlockRecognizer.Recognize(candidates.Skip(labels).ToList(), structure ?? StructureOptions.Default);
            metadata = read;
            candidates = [.. candidates.Take(labels), .. rest];
        }
        return new DecodedReport(candidates, metadata, PageBreaks: false, diagnostics, Furniture: otherDocument);
    }

    private static string Excerpt(string text) => text.Length <= 20 ? text : text[..20] + "…";

    /// <summary>What markers of a note are matched by: its number, its symbol (a circled number by its value); a note without a marker gets a key no marker has.</summary>
    private static string KeyOf(PdfFootnote note, ref int unmarked) =>
        note.IsNumbered ? note.Number.ToString()
        : note.Symbol!.Length == 0 ? $"u{++unmarked}"
        : note.Symbol.Length == 1 && PdfInlines.IsCircled(note.Symbol[0]) ? PdfInlines.CircledValue(note.Symbol[0]).ToString()
        : note.Symbol.Replace('∗', '*');

    /// <param name="item">The lines hang under the text after a number: a list's item, which no numbering rule makes a heading.</param>
    /// <param name="starList">A paragraph opening with "* " is an item of a list of such paragraphs (see <see cref="StarList"/>).</param>
    private static Candidate Paragraph(PdfStyledText text, bool bold, SourceSpan source, Func<PdfMarker, string?> resolve, bool item = false, bool starList = false)
    {
        if (text.Text.Length > 2 && IsBullet(text.Text[0]) && text.Text[1] == ' ' && (text.Text[0] != '*' || starList))
            return new ListCandidate(false, [RecoveredText.FromInlines(PdfInlines.Build(text.Skip(2).Trim(), resolve)).Trim()], source);
        var rich = RecoveredText.FromInlines(PdfInlines.Build(text, resolve)).Trim();
        return new ParagraphCandidate(rich, source, Styled: item, Bold: bold && text.IsAllBold);
    }

    /// <summary>
    /// Whether the paragraph at <paramref name="k"/> and the one before or after it both open with "* ": a list typed with
    /// asterisks. A single line opening with "*" is a note or a table's legend ("* Denotes a significant difference"),
    /// which keeps its "*"; a typeset list draws its bullets.
    /// </summary>
    internal static bool StarList(List<(int Position, PdfFlowItem Item)> body, int k)
    {
        static bool Opens(PdfFlowItem item) => item is PdfParagraph { Text: ['*', ' ', ..] };
        return Opens(body[k].Item) && (k > 0 && Opens(body[k - 1].Item) || k + 1 < body.Count && Opens(body[k + 1].Item));
    }

    /// <summary>A bold block of at most <paramref name="headingLines"/> lines at <paramref name="k"/>, with regular text after it.</summary>
    private static bool OverText(List<(int Position, PdfFlowItem Item)> body, int k, int headingLines) =>
        body[k].Item is PdfParagraph { Lines.Count: var count } && count <= headingLines
        && k + 1 < body.Count && body[k + 1].Item is PdfParagraph { Bold: false };

    /// <summary>How a paragraph is set: its largest size, capitals, italic throughout, set in from its column's left edge
    /// (a centred line is not set in: a report centres a back-matter heading of the same rank as its flush ones).</summary>
    private static HeadingLook LookOf(IReadOnlyList<PdfLine> lines, PdfStyledText text, BodyGeometry? geometry, PdfParagraphOptions o)
    {
        bool italic = text.Text.Length > 0 && Enumerable.Range(0, text.Text.Length)
            .All(i => char.IsWhiteSpace(text.Text[i]) || text.Styles[i].HasFlag(PdfCharStyle.Italic));
        var first = lines[0];
        var (left, right) = geometry?.Of(first) ?? (first.Left, first.Right);
        bool centred = Math.Abs((first.Left - left) - (right - first.Right)) < first.Size * o.DisplayCentreShare;
        bool setIn = geometry is not null && first.Left > left + first.Size * o.IndentShare && !centred;
        return HeadingLook.Of(text.Text, lines.Max(l => l.Size), italic, setIn);
    }

    private static bool IsItalic(PdfLine line) => line.Styles is { Count: > 0 } styles && styles.All(s => s.HasFlag(PdfCharStyle.Italic));

    private static bool IsBullet(char c) => PdfLineBuilder.IsBullet(c) || c is '-' or '*';

    /// <summary>
    /// A paragraph that is a note: one opening with a superscript number anywhere, or a numbered line in a notes list
    /// (<see cref="FootnoteMarkers.ParseDefinition"/>), in sequence with the notes before it and holding a word
    /// (<see cref="NoteDefinitionRule"/>). Its number, marker and the length of the marker.
    /// </summary>
    private static (int Number, string Marker, int Length)? Definition(PdfParagraph p, bool inNotesList, (int Number, int Page)? last)
    {
        if (p.Lines is not [var first, ..]) return null;
        var styled = PdfStyledText.Of(first);
        int raised = 0;
        while (raised < styled.Text.Length && styled.Styles[raised].HasFlag(PdfCharStyle.Raised) && char.IsAsciiDigit(styled.Text[raised])) raised++;
        string text = raised > 0 ? string.Concat(styled.Text[..raised].Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0'])) + styled.Text[raised..] : styled.Text;
        if (FootnoteMarkers.ParseDefinition(text, inNotesList) is not var (number, marker, rest)) return null;
        if (!inNotesList && !(FootnoteMarkers.IsSuperscriptDigit(marker[0]) && NoteDefinitionRule.InSequence(number, p.Page, last)
                                && NoteDefinitionRule.HoldsWord(rest))) return null;
        return (number, marker, text.Length - rest.Length);
    }

    /// <summary>Where lines stand: their pages, and on one page the box around them.</summary>
    public static SourceSpan SourceOf(IReadOnlyList<PdfLine> lines, int page)
    {
        if (lines.Count == 0) return SourceSpan.OnPage(page);
        int first = lines.Min(l => l.Page), last = lines.Max(l => l.Page);
        if (first != last) return SourceSpan.OnPage(first, null, last);
        return SourceSpan.OnPage(first, BoxOf(lines));
    }

    public static PageBox BoxOf(IEnumerable<PdfLine> lines) =>
        lines.Select(l => new PageBox(l.Left, l.Baseline - l.Size * 0.25, l.Right, l.Baseline + l.Size * 0.85)).Aggregate((a, b) => a.Union(b));
}
