using ReportPipeline.Model;
using ReportPipeline.Scripts;

namespace ReportPipeline.Languages;

/// <summary>
/// The language stage of recovery, applied to every reader's tree: the document's language from its script mix
/// (a language the source states is kept when its script agrees), each block's and note's language where it differs
/// from the document's, spans in another script inside a block, and the pairs of a bilingual (中英对照) edition.
/// </summary>
public static class LanguageRecovery
{
    public static ReportDocument Apply(ReportDocument document, LanguageOptions? options = null)
    {
        options ??= LanguageOptions.Default;
        var classifier = new LanguageClassifier(options);
        var spans = new LanguageSpans(options, classifier);

        var blockCounts = document.Blocks.Select(Count).ToList();
        var noteCounts = document.Footnotes.Select(f => ScriptDetector.Count(f.Content.PlainText())).ToList();
        var total = blockCounts.Concat(noteCounts).Aggregate(ScriptDetector.Count(document.Metadata.Title ?? ""), (a, b) => a + b);
        string language = DocumentLanguage(document.Metadata.Language, classifier.Dominant(total), options);

        List<Block> blocks = document.Blocks.ToList();
        var own = blocks.Select((b, i) => blockCounts[i].IsEmpty ? null : b.Language ?? classifier.BlockLanguage(blockCounts[i], language)).ToList();
        if (InterleavedEdition.Recognize(blocks, own, options) is var (original, paired))
        {
            blocks = paired;
            if (!LanguageTags.SameFamily(original, language)) language = original;
        }

        var marked = blocks.Select((b, i) =>
        {
            string blockLanguage = own[i] ?? language;
            return Mark(b, blockLanguage, spans) with { Language = LanguageTags.SameFamily(blockLanguage, language) ? b.Language : blockLanguage };
        }).ToValueList();
        var notes = document.Footnotes.Select((f, i) =>
        {
            string noteLanguage = f.Language ?? classifier.BlockLanguage(noteCounts[i], language);
            return f with
            {
                Content = spans.Mark(f.Content, noteLanguage),
                Language = LanguageTags.SameFamily(noteLanguage, language) ? f.Language : noteLanguage,
            };
        }).ToValueList();
        return document with { Metadata = document.Metadata with { Language = language }, Blocks = marked, Footnotes = notes };
    }

    /// <summary>The source's own tag when its script family agrees with the detected one; else the detected one.</summary>
    private static string DocumentLanguage(string stated, string? detected, LanguageOptions options)
    {
        if (detected is null) return string.IsNullOrEmpty(stated) ? options.LatinTag : stated;
        return LanguageTags.SameFamily(stated, detected) ? stated : detected;
    }

    private static ScriptCounts Count(Block block) =>
        DocumentOrder.InlineRuns(block).Aggregate(default(ScriptCounts), (sum, run) => sum + ScriptDetector.Count(run.PlainText()))
        + (block is Heading { Label: { } label } ? ScriptDetector.Count(label) : default);

    private static Block Mark(Block block, string language, LanguageSpans spans) => block switch
    {
        Heading h => h with { Title = spans.Mark(h.Title, language) },
        Paragraph p => p with { Lead = spans.Mark(p.Lead, language), Content = spans.Mark(p.Content, language) },
        ListBlock l => l with { Items = l.Items.Select(i => i with { Content = spans.Mark(i.Content, language) }).ToValueList() },
        Table t => t with
        {
            Caption = spans.Mark(t.Caption, language),
            Header = MarkRows(t.Header, language, spans),
            Body = MarkRows(t.Body, language, spans),
        },
        _ => throw new NotSupportedException($"The language stage has no case for {block.GetType().Name}"),
    };

    private static ValueList<TableRow> MarkRows(ValueList<TableRow> rows, string language, LanguageSpans spans) =>
        rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Content = spans.Mark(c.Content, language) }).ToValueList() }).ToValueList();
}
