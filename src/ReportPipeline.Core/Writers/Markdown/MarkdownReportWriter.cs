using System.Text;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Markdown;

/// <summary>
/// CommonMark with footnotes and pipe tables, as GitHub, Markdig and pandoc read it. The title is shown once, as the
/// one level-1 heading: it is left out of the YAML front matter (which holds subtitle, author, date and language),
/// because pandoc --standalone would show a front-matter title as a title block above the same heading, and GitHub
/// would show it again in its front-matter table; Markdig ignores front matter. Chapters are level-2 headings under
/// the title. A table's caption follows it as pandoc's "Table: …" line (a plain paragraph where the dialect has no
/// captions). A table
/// header of several rows becomes one pipe-table header row whose cells join the levels with "·"
/// ("完成情况·绝对值"), so footnote references in cells stay live and the spans can be recovered.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public const string HeaderLevelSeparator = "·";

    /// <summary>The front-matter key saying this file's table headers join levels with <see cref="HeaderLevelSeparator"/>.</summary>
    public const string HeaderLevelsKey = "header-levels";

    public string Format => "md";

    public bool LinksResources => true;

    public void Write(ReportDocument document, Stream output) => Write(document, output, ResourceLinks.Embedded);

    public void Write(ReportDocument document, Stream output, ResourceLinks resources) => TextOutput.Write(output, Render(document, resources));

    public static string Render(ReportDocument document) => Render(document, ResourceLinks.Embedded);

    public static string Render(ReportDocument document, ResourceLinks resources)
    {
        var numbers = new FootnoteNumbers(document);
        var md = new StringBuilder();
        WriteFrontMatter(md, document.Metadata, document.Blocks.OfType<Table>().Any(t => t.Header.Count > 1));
        var meta = document.Metadata;
        int labels = DocumentLabels.CountOf(document); // printed above the title, as on the page
        foreach (var label in document.Blocks.Take(labels))
        {
            WriteBlock(md, label, numbers, 0);
            md.Append('\n');
        }
        if (meta.Title is not null) md.Append("# ").Append(MarkdownText.EscapeHeadingEnd(MarkdownText.Escape(meta.Title))).Append("\n\n");
        foreach (var line in new[] { meta.Subtitle, meta.Author })
            if (line is not null) md.Append(MarkdownText.EscapeLineStart(MarkdownText.Escape(line))).Append("\n\n");

        int headingOffset = meta.Title is null ? 0 : 1;
        foreach (var block in document.Blocks.Skip(labels))
        {
            if (block is Figure figure) MarkdownFigure.Write(md, figure, document.Resources, resources, numbers);
            else WriteBlock(md, block, numbers, headingOffset);
            md.Append('\n');
        }

        // A definition nothing cites is dropped by pandoc and Markdig: notes without a reference close the body as
        // paragraphs under a rule, each opening with its marker as printed.
        if (numbers.Unreferenced.Count > 0)
        {
            md.Append("___\n\n");
            foreach (var note in numbers.Unreferenced)
                md.Append(RenderInlines(FootnoteNumbers.AsPrinted(note), numbers, atLineStart: true)).Append("\n\n");
        }
        // Markdig's definition lists take footnote definitions right after them into the last definition: a comment ends the list.
        if (numbers.Unreferenced.Count == 0 && numbers.Ordered.Count > 0 && document.Blocks.LastOrDefault() is DefinitionList) md.Append("<!-- -->\n\n");
        // A definition opening with "2." or "-" would hold a list: its start is escaped as a paragraph's is.
        foreach (var note in numbers.Ordered.Take(numbers.Ordered.Count - numbers.Unreferenced.Count))
            md.Append("[^").Append(numbers.NumberOf(note.Id)).Append("]: ")
              .Append(RenderInlines(note.Content, numbers, atLineStart: true)).Append('\n');
        return md.ToString().TrimEnd('\n') + "\n";
    }

    /// <param name="headerLevels">A table header joins levels with "·": say so, so a reader splits them only in files written here.</param>
    private static void WriteFrontMatter(StringBuilder md, Metadata meta, bool headerLevels)
    {
        md.Append("---\n");
        void Field(string name, string? value)
        {
            if (value is null) return;
            md.Append(name).Append(": ").Append(FrontMatterValue.Quote(value)).Append('\n');
        }
        Field("subtitle", meta.Subtitle);
        Field("author", meta.Author);
        Field("date", meta.Date);
        Field("lang", meta.Language);
        if (headerLevels) Field(HeaderLevelsKey, HeaderLevelSeparator);
        md.Append("---\n\n");
    }

    private static void WriteBlock(StringBuilder md, Block block, FootnoteNumbers numbers, int headingOffset)
    {
        switch (block)
        {
            case Heading h:
                md.Append(new string('#', Math.Min(6, h.Level + headingOffset))).Append(' ')
                  .Append(MarkdownText.Escape(h.Label ?? "")).Append(Labels.LabelSeparator(h.Label))
                  .Append(MarkdownText.EscapeHeadingEnd(RenderInlines(h.Title, numbers) + MarkdownText.Escape(h.Stop ?? ""))).Append('\n');
                break;
            case Paragraph p:
                var inlines = p.HasLead ? [new Strong(p.Lead), .. p.Content] : p.Content;
                md.Append(RenderInlines(inlines.ToValueList(), numbers, atLineStart: true)).Append('\n');
                break;
            case ListBlock l:
                int n = 1;
                foreach (var item in l.Items)
                    md.Append(l.Ordered ? $"{n++}. " : "- ").Append(RenderInlines(item.Content, numbers, atLineStart: true)).Append('\n');
                break;
            case Table t:
                WriteTable(md, t, numbers);
                break;
            case DefinitionList d:
                // A definition list as pandoc and Markdig's extension read it ("term", then ":   definition"); plain
                // CommonMark shows each entry as "term : definition".
                for (int i = 0; i < d.Items.Count; i++)
                {
                    if (i > 0) md.Append('\n');
                    md.Append(RenderInlines(d.Items[i].Term, numbers, atLineStart: true)).Append('\n')
                      .Append(":   ").Append(RenderInlines(d.Items[i].Definition, numbers)).Append('\n');
                }
                break;
            default:
                throw new NotSupportedException($"The Markdown writer has no case for {block.GetType().Name}");
        }
    }

    /// <summary>What opens pandoc's table caption line, after the table.</summary>
    public const string CaptionPrefix = "Table: ";

    private static void WriteTable(StringBuilder md, Table table, FootnoteNumbers numbers)
    {
        var header = TableGrid.Build(table.Header);
        var body = TableGrid.Build(table.Body);
        int width = Math.Max(header.ColumnCount, body.ColumnCount);

        var headerCells = new List<string>();
        for (int c = 0; c < width; c++)
        {
            var levels = new List<string>();
            GridSlot? last = null;
            for (int r = 0; r < header.RowCount; r++)
            {
                var slot = c < header.ColumnCount ? header[r, c] : null;
                if (slot is null || ReferenceEquals(slot.Cell, last?.Cell) || slot.Cell.Content.IsEmpty) continue;
                levels.Add(RenderInlines(slot.Cell.Content, numbers, inTable: true));
                last = slot;
            }
            headerCells.Add(string.Join(HeaderLevelSeparator, levels));
        }
        AppendRow(md, headerCells);
        AppendRow(md, Enumerable.Repeat("---", width));
        for (int r = 0; r < body.RowCount; r++)
            AppendRow(md, Enumerable.Range(0, width).Select(c =>
                c < body.ColumnCount && body[r, c] is { IsOrigin: true } slot ? RenderInlines(slot.Cell.Content, numbers, inTable: true) : ""));
        if (!table.Caption.IsEmpty)
            md.Append('\n').Append(CaptionPrefix).Append(RenderInlines(table.Caption, numbers)).Append('\n');
    }

    private static void AppendRow(StringBuilder md, IEnumerable<string> cells) =>
        md.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");

    /// <param name="atLineStart">The run opens a paragraph: text that would read as a list or heading marker is escaped.</param>
    internal static string RenderInlines(ValueList<Inline> inlines, FootnoteNumbers numbers, bool inTable = false, bool atLineStart = false)
    {
        var pieces = new List<(Inline Node, string Text)>();
        foreach (var inline in inlines)
            pieces.Add((inline, inline switch
            {
                Text t when atLineStart && pieces.Count == 0 => MarkdownText.EscapeLineStart(MarkdownText.Escape(t.Value, inTable)),
                Text t => MarkdownText.Escape(t.Value, inTable),
                Strong s => RenderInlines(s.Content, numbers, inTable),
                Emphasis e => RenderInlines(e.Content, numbers, inTable),
                // CommonMark has no language markup ("[text]{lang=en}" is pandoc-only and shows literally elsewhere): left plain.
                LanguageSpan l => RenderInlines(l.Content, numbers, inTable, atLineStart && pieces.Count == 0),
                FootnoteReference r => $"[^{numbers.NumberOf(r.FootnoteId)}]",
                Link l => MarkdownLink.Render(l, RenderInlines(l.Content, numbers, inTable)),
                Anchor a => MarkdownLink.Anchor(a),
                Formula f => MarkdownLink.Formula(f),
                _ => throw new NotSupportedException($"The Markdown writer has no case for {inline.GetType().Name}"),
            }));

        var sb = new StringBuilder();
        for (int i = 0; i < pieces.Count; i++)
        {
            var (node, text) = pieces[i];
            if (node is Strong or Emphasis)
            {
                char? before = sb.Length > 0 ? sb[^1] : null;
                char? after = i + 1 < pieces.Count && pieces[i + 1].Text.Length > 0 ? pieces[i + 1].Text[0] : null;
                sb.Append(MarkdownText.Delimit(node is Strong ? "**" : "*", text, before, after));
            }
            else if (node is Formula)
            {
                char? before = sb.Length > 0 ? sb[^1] : null;
                char? after = i + 1 < pieces.Count && pieces[i + 1].Text.Length > 0 ? pieces[i + 1].Text[0] : null;
                sb.Append(MarkdownLink.Separated(text, before, after));
            }
            else sb.Append(text);
        }
        return sb.ToString();
    }
}
