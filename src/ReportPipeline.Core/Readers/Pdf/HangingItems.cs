namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Numbered items set with a hanging indent, as a bill's or a contract's clauses are ("1. 아동ㆍ청년ㆍ여성을 …" / "요건을
/// 갖춘 …" set under the text after "1. "): paragraphs of the body, however short, never headings. An item whose wrapped
/// lines hang under its label's text is one; so is every item of a run numbered in sequence with it ("5." of one line
/// after "4." that hangs).
/// </summary>
internal static class HangingItems
{
    /// <summary>The indices, in <paramref name="body"/>, of the paragraphs that are such items.</summary>
    public static HashSet<int> Of(IReadOnlyList<(int Position, PdfFlowItem Item)> body, PdfParagraphOptions options)
    {
        var items = new HashSet<int>();
        int i = 0;
        while (i < body.Count)
        {
            // A run of paragraphs numbered in sequence ("1.", "2.", … or "(1)", "(2)", …), each following the one before.
            int end = i + 1;
            if (Label(body[i].Item) is { } label)
            {
                var last = label;
                while (end < body.Count && Label(body[end].Item) is { } next && next.Follows(last)) { last = next; end++; }
                if (Enumerable.Range(i, end - i).Any(k => Hangs((PdfParagraph)body[k].Item, options)))
                    for (int k = i; k < end; k++) items.Add(k);
            }
            i = end;
        }
        return items;
    }

    private static SequenceLabel? Label(PdfFlowItem item) => item is PdfParagraph p ? SequenceLabel.Of(p.Text) : null;

    /// <summary>A wrapped line of the item stands under the text after its label.</summary>
    internal static bool Hangs(PdfParagraph paragraph, PdfParagraphOptions options) =>
        paragraph.Lines is [var opening, ..] lines && lines.Skip(1).Any(l => HangingIndent.Hangs(opening, l, options));
}
