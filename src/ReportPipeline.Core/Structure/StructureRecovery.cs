using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// The one place that knows report conventions. Plain-text and PDF decoders hand it lines; Word, HTML and Markdown
/// decoders hand it blocks with what their format states. Lines → blocks → recognised candidates (footnote
/// definitions taken out of the flow) → title block → page-break joins → tables → headings with levels,
/// paragraphs with lead sentences, lists → linked footnotes, glossary terms linked from the body, notes without a
/// reference kept in the body.
/// </summary>
public static class StructureRecovery
{
    public static ReportDocument Recover(IReadOnlyList<SourceLine> lines, StructureOptions? options = null)
    {
        options ??= StructureOptions.Default;
        lines = lines.Select(l => StrayJoiners.Remove(InvisibleCharacters.Remove(l.Text)) is var clean && ReferenceEquals(clean, l.Text) ? l : l with { Text = clean }).ToList();
        lines = RunTogetherParagraphs.Split(lines, options);
        var blocks = BlockSegmenter.Segment(lines, BlockSegmenter.DetectLayout(lines, options));
        var diagnostics = new List<Diagnostic>();
        var zones = new List<NotesZone>();
        return Recover(new DecodedReport(BlockClassifier.Classify(blocks, options, diagnostics, zones), null, PageBreaks: true, diagnostics, zones), options);
    }

    internal static ReportDocument Recover(DecodedReport decoded, StructureOptions? options = null)
    {
        options ??= StructureOptions.Default;
        var diagnostics = new List<Diagnostic>(decoded.Diagnostics ?? []);
        var definitions = decoded.Candidates.OfType<FootnoteCandidate>().ToList();
        // Structured formats hand over paragraphs as they are; numbering may still make one a heading.
        // A form's field codes ("(19)", "(51)", "(21)": numbers that jump) are no outline (FieldCodes).
        var flow = FieldCodes.Classify(decoded.Candidates.Where(c => c is not FootnoteCandidate),
            c => c is ParagraphCandidate { Text.Rich: not null } p && p.Role != ParagraphRole.DocumentLabel ? HeadingRule.Classify(p, options) : [c], options);
        var (content, furniture) = WebFurnitureRule.Apply(flow, options, diagnostics);
        var (metadata, body) = TitleBlockRecognizer.Recognize(content, options, decoded.Metadata);
        metadata = WithoutInvisible(metadata);
        // The document labels over the title block open the body as they are: no rule reads them as headings or leads.
        var labels = body.TakeWhile(c => c is ParagraphCandidate { Role: ParagraphRole.DocumentLabel }).ToList();
        body = body.Skip(labels.Count).ToList();
        body = AppendixRule.Apply(body, options, diagnostics);
        body = GlossaryRule.Apply(body, options);
        body = SectionLineRule.Apply(body, options);
        body = UnnumberedChapterRule.Apply(body, options, diagnostics);
        body = NumberedListRule.Apply(body);
        if (decoded.PageBreaks) body = PageBreakJoiner.Join(body, options, diagnostics);
        body = TableAssembler.Assemble(body, options);
        body = FormattedHeadingRule.Apply(body, options, diagnostics);
        body = StandaloneLeadRule.Apply(body, options);
        body = [.. labels, .. MergeAdjacentLists(body)];

        var linker = new FootnoteLinker(definitions, diagnostics);
        var inlines = new InlineBuilder(linker);
        var levels = HeadingLevels.Assign(body.OfType<HeadingCandidate>());
        var built = GlossaryLinks.Apply(body.Select(c => ToBlock(c, inlines, levels, options)).ToList(), options);
        var (blocks, notes) = UnreferencedNotes.Place(built, definitions, linker.Footnotes(), linker.IsReferenced, decoded.NotesZones ?? []);
        var tree = blocks.ToValueList();
        var footnotes = notes.ToValueList();

        return Languages.LanguageRecovery.Apply(new ReportDocument(metadata, tree, footnotes, (decoded.Furniture ?? []).Concat(furniture).ToValueList(),
            diagnostics.OrderBy(d => d.Source?.StartLine ?? 0).ThenBy(d => d.Source?.Page ?? 0).ToValueList()), options.Language);
    }

    private static Metadata WithoutInvisible(Metadata m)
    {
        static string? Clean(string? s) => s is null ? null : InvisibleCharacters.Remove(s).Replace('\n', ' ').Replace('\r', ' ').Replace('\f', ' ').Replace('\t', ' ');
        return m with { Title = Clean(m.Title), Subtitle = Clean(m.Subtitle), Author = Clean(m.Author), Date = Clean(m.Date), Language = Clean(m.Language)! };
    }

    private static Block ToBlock(Candidate candidate, InlineBuilder inlines, Dictionary<HeadingCandidate, int> levels, StructureOptions options) =>
        candidate switch
        {
            HeadingCandidate h => ToHeading(h, inlines, levels),
            ParagraphCandidate p => ToParagraph(p, inlines, options),
            ListCandidate l => new ListBlock(l.Ordered, l.Items.Select(i => new ListItem(inlines.Build(i, l.Source))).ToValueList(), l.Source),
            TableCandidate t => ToTable(t, inlines),
            DefinitionListCandidate d => new DefinitionList(d.Items
                .Select(i => new DefinitionItem(Unbold(inlines.Build(i.Term, d.Source)), inlines.Build(i.Definition, d.Source))).ToValueList(), d.Source),
            FigureCandidate f => new Figure(f.Images, f.Caption is null ? ValueList<Inline>.Empty : inlines.Build(f.Caption, f.Source), f.Source),
            _ => throw new InvalidOperationException($"Unexpected candidate {candidate.GetType().Name}"),
        };

    private static Heading ToHeading(HeadingCandidate h, InlineBuilder inlines, Dictionary<HeadingCandidate, int> levels)
    {
        var (title, stop) = HeadingStopRule.Split(Unbold(inlines.Build(h.Title, h.Source)));
        return new Heading(levels[h], h.Label, title, h.Source) { Stop = stop };
    }

    private static Paragraph ToParagraph(ParagraphCandidate p, InlineBuilder inlines, StructureOptions options)
    {
        var text = p.Text.Rich is null ? RecoveredText.FromPlain(CjkText.RemoveStraySpaces(p.Text.Plain.Trim())) : p.Text.Trim();
        var role = p.Role ?? (ReportConventions.IsSalutation(text.Plain) ? ParagraphRole.Salutation : ParagraphRole.Body);
        if (role is ParagraphRole.Salutation or ParagraphRole.DocumentLabel) return new Paragraph(ValueList<Inline>.Empty, Unbold(inlines.Build(text, p.Source)), p.Source, role);
        int lead = p.LeadLength is not int stated ? LeadSentenceRule.LeadLength(text, options)
            : p.Text.Rich is null ? CjkText.RemoveStraySpaces(p.Text.Plain.TrimStart()[..stated]).Length : stated;
        return lead == 0 || lead >= text.Length
            ? new Paragraph(ValueList<Inline>.Empty, inlines.Build(text, p.Source), p.Source)
            : new Paragraph(Unbold(inlines.Build(text.Slice(0, lead), p.Source)), inlines.Build(text.Slice(lead), p.Source), p.Source);
    }

    /// <summary>
    /// Lead sentences, headings and captions are bold by definition: the bold run that marked one in a rich format is
    /// not kept twice. Figures left regular between bold runs count as bold: a PDF heading set in a bold Chinese face
    /// draws its digits in a Latin face that has no bold ("一、2025年预算执行情况").
    /// </summary>
    private static ValueList<Inline> Unbold(ValueList<Inline> lead) =>
        lead is [Strong only] ? only.Content
        : lead.Count > 1 && lead[0] is Strong first && lead.Skip(1).All(i => i is Anchor) ? [.. first.Content, .. lead.Skip(1)] // a bookmark ends a Word heading
        : lead.Any(i => i is Strong) && lead.All(i => i is Strong or Anchor || i is Text t && t.Value.All(IsFigure)) ? InlineSlicer.Normalize(lead.SelectMany(i => i is Strong s ? s.Content : [i]))
        : lead;

    private static bool IsFigure(char c) => char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || c is '.' or ',' or '%' or '-' or '–' or '—';

    private static Table ToTable(TableCandidate t, InlineBuilder inlines)
    {
        long positions = 0;
        var header = TableSpans.Fit(t.Header, ref positions);
        var body = TableSpans.Fit(t.Body, ref positions);
        return new Table(t.Caption is null ? ValueList<Inline>.Empty : Unbold(inlines.Build(t.Caption, t.Source)),
            ToRows(header, inlines, t.Source), ToRows(body, inlines, t.Source), t.Source);
    }

    private static ValueList<TableRow> ToRows(IReadOnlyList<IReadOnlyList<RawCell>> rows, InlineBuilder inlines, SourceSpan source) =>
        rows.Select(r => new TableRow(r.Select(c => new TableCell(inlines.Build(c.Text, source), c.RowSpan, c.ColumnSpan)).ToValueList()))
            .ToValueList();

    private static List<Candidate> MergeAdjacentLists(List<Candidate> flow)
    {
        var result = new List<Candidate>(flow.Count);
        foreach (var candidate in flow)
        {
            if (candidate is ListCandidate next && result.Count > 0 && result[^1] is ListCandidate previous && previous.Ordered == next.Ordered)
                result[^1] = previous with { Items = [.. previous.Items, .. next.Items], Source = previous.Source.Through(next.Source) };
            else
                result.Add(candidate);
        }
        return result;
    }
}
