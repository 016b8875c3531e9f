using ReportPipeline.Decoding;

namespace ReportPipeline.Structure;

/// <summary>How a plain-text report separates its paragraphs.</summary>
public enum ParagraphLayout
{
    /// <summary>Blank lines between paragraphs; lines within one are wrapped text.</summary>
    BlankLines,
    /// <summary>
    /// Few blank lines; a paragraph opens with an indent (two U+3000 or spaces). An unindented line continues the
    /// paragraph above unless that ended a sentence or the line is numbered (a heading), as in text saved from Word.
    /// </summary>
    Indented,
    /// <summary>No blank lines and no indents: every line is a paragraph.</summary>
    OneLineEach,
}

/// <summary>Groups lines into blocks: the lines of one paragraph, table or list, before anything is recognised.</summary>
public static class BlockSegmenter
{
    public static ParagraphLayout DetectLayout(IReadOnlyList<SourceLine> lines, StructureOptions? options = null)
    {
        options ??= StructureOptions.Default;
        int text = lines.Count(l => !l.IsBlank), blank = lines.Count - text;
        if (text == 0 || blank >= text * options.BlankLineShare) return ParagraphLayout.BlankLines;
        int indented = lines.Count(l => !l.IsBlank && IsIndented(l.Text));
        return indented >= text * options.IndentedLineShare ? ParagraphLayout.Indented : ParagraphLayout.OneLineEach;
    }

    public static bool IsIndented(string line) => line.StartsWith('\u3000') || line.StartsWith("  ", StringComparison.Ordinal);

    public static IReadOnlyList<IReadOnlyList<SourceLine>> Segment(IReadOnlyList<SourceLine> lines, ParagraphLayout layout)
    {
        var blocks = new List<IReadOnlyList<SourceLine>>();
        var current = new List<SourceLine>();
        SourceLine? previous = null;
        void Flush()
        {
            if (current.Count > 0) blocks.Add(current);
            current = [];
        }
        foreach (var line in lines)
        {
            if (line.IsBlank) { Flush(); previous = null; continue; }
            bool startsBlock = layout switch
            {
                ParagraphLayout.OneLineEach => true,
                ParagraphLayout.Indented => IsIndented(line.Text) || Numbering.Match(line.Text.Trim()) is not null
                    || previous is not null && Sentences.EndsSentence(previous.Text),
                _ => false,
            };
            if (startsBlock) Flush();
            current.Add(line);
            previous = line;
        }
        Flush();
        return blocks;
    }
}
