using ReportPipeline.Decoding;
using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>
/// The one place that knows report conventions. Every format decoder hands it lines; it returns the tree:
/// lines → blocks → recognised candidates (footnote definitions taken out of the flow) → title block →
/// page-break joins → tables → headings with levels, paragraphs with lead sentences, lists → linked footnotes.
/// </summary>
public static class StructureRecovery
{
    public static ReportDocument Recover(IReadOnlyList<SourceLine> lines, StructureOptions? options = null)
    {
        options ??= StructureOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var blocks = BlockSegmenter.Segment(lines, BlockSegmenter.DetectLayout(lines));
        var candidates = BlockClassifier.Classify(blocks, options);

        var definitions = candidates.OfType<FootnoteCandidate>().ToList();
        var flow = candidates.Where(c => c is not FootnoteCandidate).ToList();
        var (metadata, body) = TitleBlockRecognizer.Recognize(flow, options);
        body = PageBreakJoiner.Join(body, options, diagnostics);
        body = TableAssembler.Assemble(body, options);
        body = MergeAdjacentLists(body);

        var linker = new FootnoteLinker(definitions, diagnostics);
        var inlines = new InlineBuilder(linker);
        var levels = HeadingLevels.Assign(body.OfType<HeadingCandidate>());
        var tree = body.Select(c => ToBlock(c, inlines, levels, options)).ToValueList();
        var footnotes = linker.Footnotes().ToValueList();

        return new ReportDocument(metadata, tree, footnotes, ValueList<PageFurniture>.Empty,
            diagnostics.OrderBy(d => d.Source?.StartLine ?? 0).ToValueList());
    }

    private static Block ToBlock(Candidate candidate, InlineBuilder inlines, Dictionary<(NumberingStyle, int), int> levels, StructureOptions options) =>
        candidate switch
        {
            HeadingCandidate h => new Heading(h.Numbering is { } n ? levels[n.Key] : 1, h.Numbering?.Label,
                inlines.Build(h.Title, h.Source), h.Source),
            ParagraphCandidate p => ToParagraph(p, inlines, options),
            ListCandidate l => new ListBlock(l.Ordered, l.Items.Select(i => new ListItem(inlines.Build(i, l.Source))).ToValueList(), l.Source),
            TableCandidate t => new Table(
                t.Caption is null ? ValueList<Inline>.Empty : inlines.Build(t.Caption, t.Source),
                ToRows(t.Header, inlines, t.Source), ToRows(t.Body, inlines, t.Source), t.Source),
            _ => throw new InvalidOperationException($"Unexpected candidate {candidate.GetType().Name}"),
        };

    private static Paragraph ToParagraph(ParagraphCandidate p, InlineBuilder inlines, StructureOptions options)
    {
        string text = CjkText.RemoveStraySpaces(p.Text.Trim());
        int lead = p.Hints?.BoldPrefixLength > 0 ? p.Hints.BoldPrefixLength : LeadSentenceRule.LeadLength(text, options);
        return lead == 0
            ? new Paragraph(ValueList<Inline>.Empty, inlines.Build(text, p.Source), p.Source)
            : new Paragraph(inlines.Build(text[..lead], p.Source), inlines.Build(text[lead..], p.Source), p.Source);
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
