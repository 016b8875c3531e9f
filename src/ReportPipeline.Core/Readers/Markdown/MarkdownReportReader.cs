using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Block = Markdig.Syntax.Block;
using SourceSpan = ReportPipeline.Model.SourceSpan;
using Inline = ReportPipeline.Model.Inline;
using ListBlock = Markdig.Syntax.ListBlock;
using Footnote = Markdig.Extensions.Footnotes.Footnote;
using ReportPipeline.Decoding;
using ReportPipeline.Model;
using ReportPipeline.Pipeline;
using ReportPipeline.Structure;
using ReportPipeline.Structure.Conventions;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using MdTableCell = Markdig.Extensions.Tables.TableCell;

namespace ReportPipeline.Readers.Markdown;

/// <summary>
/// Markdown (CommonMark with footnotes, pipe tables, definition lists and YAML front matter) read with Markdig. Headings, lists,
/// tables and footnotes are taken as written; the shared recovery finds lead sentences (a bold opening sentence),
/// captions, numbering labels, and the title block when there is no front matter. A pipe-table header whose
/// cells join levels with "·" (as the Markdown writer writes a multi-row header) gets its rows and spans back.
/// </summary>
public sealed class MarkdownReportReader(StructureOptions? options = null) : IReportReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseDefinitionLists().UseFootnotes().UsePipeTables().UseYamlFrontMatter().UseMathematics().Build();

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public ReportDocument Read(byte[] content) => Read(content, null);

    /// <param name="sourcePath">Where the file is, so images beside it can be read; null when unknown.</param>
    public ReportDocument Read(byte[] content, string? sourcePath)
    {
        // Markdig's tree is let go before recovery: for a large file it is the largest thing in memory.
        var (decoded, images, diagnostics) = Decode(content, sourcePath);
        var recovered = StructureRecovery.Recover(decoded, options);
        return (recovered with { Resources = images.Resources, Diagnostics = [.. recovered.Diagnostics, .. diagnostics] }).WithLinkChecks();
    }

    private static (DecodedReport Decoded, ImageLoader Images, List<Diagnostic> Diagnostics) Decode(byte[] content, string? sourcePath)
    {
        var diagnostics = new List<Diagnostic>();
        var images = new ImageLoader(sourcePath, diagnostics);
        var document = Markdig.Markdown.Parse(TextDecoder.DecodeText(content), Pipeline);
        var metadata = document.OfType<YamlFrontMatterBlock>().Select(FrontMatter.Read).FirstOrDefault();
        var candidates = new List<Candidate>();
        var blocks = document.Where(b => b is not YamlFrontMatterBlock).ToList();
        int headingShift = 0;
        // Paragraphs of text over the title are the document's labels, as the Markdown writer prints them.
        int labels = 0;
        while (labels < blocks.Count && blocks[labels] is ParagraphBlock { Inline: { } inline } && !inline.Descendants<Markdig.Syntax.Inlines.LinkInline>().Any(l => l.IsImage))
            labels++;
        if (labels < blocks.Count && blocks[labels] is HeadingBlock { Level: 1 } first && ReportConventions.HasLoneTitle(blocks.OfType<HeadingBlock>().Select(h => h.Level)))
        {
            // A lone level-1 heading on top is the title; the chapters below it are one level deeper in Markdown.
            headingShift = 1;
            candidates.AddRange(blocks.Take(labels).Select(b => new ParagraphCandidate(
                RecoveredText.FromInlines(MarkdownInlines.Convert(((ParagraphBlock)b).Inline)), At(b), Role: ParagraphRole.DocumentLabel)));
            blocks.RemoveRange(0, labels + 1);
            if (metadata is null) candidates.Add(new ParagraphCandidate(RecoveredText.FromInlines(MarkdownInlines.Convert(first.Inline)), At(first)));
            else
            {
                // Front matter without a title leaves the title to the heading (as the Markdown writer does).
                metadata = metadata with { Title = metadata.Title ?? MarkdownInlines.Convert(first.Inline).PlainText() };
                blocks = SkipTitleBlockEcho(blocks, metadata);
            }
        }
        bool splitLevels = document.OfType<YamlFrontMatterBlock>().Any(FrontMatter.MarksHeaderLevels);
        foreach (var block in blocks) Add(block, candidates, headingShift, splitLevels, images);
        if (candidates.Count == 0) throw new ReportReadException("the Markdown holds no text");
        return (new DecodedReport(candidates, metadata, PageBreaks: false), images, diagnostics);
    }

    /// <summary>The writer shows the front matter's subtitle and author under the title; they are metadata, not body.</summary>
    private static List<Block> SkipTitleBlockEcho(List<Block> blocks, Metadata metadata)
    {
        var echo = new[] { metadata.Subtitle, metadata.Author }.Where(s => s is not null).ToHashSet();
        int skip = 0;
        while (skip < blocks.Count && blocks[skip] is ParagraphBlock p && echo.Remove(MarkdownInlines.Convert(p.Inline).PlainText())) skip++;
        return blocks.Skip(skip).ToList();
    }

    private static void Add(Block block, List<Candidate> candidates, int headingShift, bool splitLevels, ImageLoader images)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var title = RecoveredText.FromInlines(MarkdownInlines.Convert(heading.Inline));
                candidates.Add(HeadingCandidate.Stated(title, At(heading), Math.Max(1, heading.Level - headingShift)));
                break;
            case ParagraphBlock paragraph when MarkdownFigures.Read(paragraph, images, At(paragraph)) is { } figure:
                candidates.Add(figure);
                break;
            case Markdig.Extensions.Mathematics.MathBlock math:
                string tex = string.Join("\n", math.Lines.Lines.Take(math.Lines.Count).Select(l => l.ToString())).Trim();
                if (tex.Length > 0)
                    candidates.Add(new ParagraphCandidate(RecoveredText.FromInlines([new Formula(FormulaNotation.TeX, tex, tex, Display: true)]), At(math)));
                break;
            case ParagraphBlock paragraph when TableCaption(paragraph, candidates) is { } caption:
                candidates[^1] = caption;
                break;
            case ParagraphBlock paragraph:
                candidates.Add(new ParagraphCandidate(RecoveredText.FromInlines(MarkdownInlines.Convert(paragraph.Inline)), At(paragraph)));
                break;
            case ListBlock list:
                candidates.Add(new ListCandidate(list.IsOrdered,
                    list.OfType<ListItemBlock>().Select(item => RecoveredText.FromInlines(InlinesOf(item))).ToList(), At(list)));
                break;
            case MdTable table:
                candidates.Add(PipeTable.Read(table, At(table), splitLevels));
                break;
            case FootnoteGroup group:
                foreach (var note in group.OfType<Footnote>())
                {
                    string id = MarkdownInlines.FootnoteId(note.Label!);
                    candidates.Add(new FootnoteCandidate(note.Order, id, RecoveredText.FromInlines(InlinesOf(note)), At(note), id));
                }
                break;
            case Markdig.Extensions.DefinitionLists.DefinitionList list:
                candidates.Add(new DefinitionListCandidate(list.OfType<Markdig.Extensions.DefinitionLists.DefinitionItem>()
                    .Select(item => (
                        RecoveredText.FromInlines(item.OfType<Markdig.Extensions.DefinitionLists.DefinitionTerm>()
                            .Select(t => MarkdownInlines.Convert(t.Inline)).JoinParagraphs()),
                        RecoveredText.FromInlines(item.Descendants<ParagraphBlock>().Select(p => MarkdownInlines.Convert(p.Inline)).JoinParagraphs())))
                    .ToList(), At(list)));
                break;
            case QuoteBlock quote:
                foreach (var child in quote) Add(child, candidates, headingShift, splitLevels, images);
                break;
            case LeafBlock leaf when leaf is CodeBlock or HtmlBlock:
                string text = string.Join("\n", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString())).Trim();
                if (leaf is CodeBlock && text.Length > 0)
                    candidates.Add(new ParagraphCandidate(RecoveredText.FromPlain(text), At(leaf), Styled: true));
                break;
        }
    }

    private const string PandocCaption = "Table: ";

    /// <summary>pandoc's caption line ("Table: …") right after a table without a caption: the table with that caption.</summary>
    private static TableCandidate? TableCaption(ParagraphBlock paragraph, List<Candidate> candidates)
    {
        if (candidates.Count == 0 || candidates[^1] is not TableCandidate { Caption: null } table) return null;
        var text = RecoveredText.FromInlines(MarkdownInlines.Convert(paragraph.Inline));
        if (!text.Plain.StartsWith(PandocCaption, StringComparison.Ordinal)) return null;
        return table with { Caption = text.Slice(PandocCaption.Length).Trim(), Source = table.Source.Through(At(paragraph)) };
    }

    /// <summary>The inlines of a container's paragraphs, joined (list items and footnotes of one paragraph each, usually).</summary>
    private static ValueList<Inline> InlinesOf(ContainerBlock container) =>
        container.Descendants<ParagraphBlock>().Select(p => MarkdownInlines.Convert(p.Inline)).JoinParagraphs();

    private static SourceSpan At(Block block) => SourceSpan.Line(block.Line + 1);
}
