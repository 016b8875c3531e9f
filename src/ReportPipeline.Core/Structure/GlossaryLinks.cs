using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>
/// A glossary's terms linked from the body: where a term of a 名词解释 occurs in the report's text, its first occurrence
/// becomes an internal <see cref="Link"/> to the entry, which ends with an <see cref="Anchor"/> ("glossary-3"). The text
/// searched is the body's paragraphs and list items (not headings, tables or the glossary itself), in reading order; an
/// occurrence is found inside one run of text, never across a bold or link boundary. A term shorter than
/// <see cref="StructureOptions.MinLinkedTermLength"/> or already anchored (a file this product wrote) is left alone.
/// </summary>
internal static class GlossaryLinks
{
    public const string AnchorPrefix = "glossary-";

    public static List<Block> Apply(List<Block> blocks, StructureOptions options)
    {
        if (options.MinLinkedTermLength <= 0 || !blocks.Any(b => b is DefinitionList)) return blocks;
        var result = new List<Block>(blocks);
        var taken = result.SelectMany(DocumentOrder.InlineRuns).SelectMany(r => r.Descendants()).OfType<Anchor>().Select(a => a.Name).ToHashSet();
        int number = 0;
        for (int d = 0; d < result.Count; d++)
        {
            if (result[d] is not DefinitionList list) continue;
            var items = list.Items.ToList();
            for (int i = 0; i < items.Count; i++)
            {
                number++;
                string term = items[i].Term.PlainText().Trim();
                if (term.Length < options.MinLinkedTermLength || items[i].Term.Descendants().Any(x => x is Anchor)) continue;
                string name = AnchorPrefix + number;
                for (int suffix = 2; taken.Contains(name); suffix++) name = $"{AnchorPrefix}{number}-{suffix}";
                if (!LinkFirst(result, term, "#" + name)) continue;
                taken.Add(name);
                items[i] = items[i] with { Term = [.. items[i].Term, new Anchor(name)] };
            }
            result[d] = list with { Items = items.ToValueList() };
        }
        return result;
    }

    /// <summary>Links the first occurrence of <paramref name="term"/> in the body's text; false when there is none.</summary>
    private static bool LinkFirst(List<Block> blocks, string term, string target)
    {
        for (int b = 0; b < blocks.Count; b++)
        {
            bool done = false;
            ValueList<Inline> Link(ValueList<Inline> run) => done ? run : LinkIn(run, term, target, ref done);
            switch (blocks[b])
            {
                case Paragraph p:
                    var lead = Link(p.Lead);
                    var content = Link(p.Content);
                    if (done) blocks[b] = p with { Lead = lead, Content = content };
                    break;
                case ListBlock l:
                    var items = l.Items.Select(i => new ListItem(Link(i.Content))).ToValueList();
                    if (done) blocks[b] = l with { Items = items };
                    break;
            }
            if (done) return true;
        }
        return false;
    }

    private static ValueList<Inline> LinkIn(ValueList<Inline> run, string term, string target, ref bool done)
    {
        if (done || run.IsEmpty) return run;
        var result = new List<Inline>(run.Count + 2);
        foreach (var inline in run)
        {
            if (done) { result.Add(inline); continue; }
            switch (inline)
            {
                case Text t when t.Value.IndexOf(term, StringComparison.Ordinal) is var at and >= 0:
                    if (at > 0) result.Add(new Text(t.Value[..at]));
                    result.Add(new Link(target, [new Text(term)]));
                    if (at + term.Length < t.Value.Length) result.Add(new Text(t.Value[(at + term.Length)..]));
                    done = true;
                    break;
                case Strong s: result.Add(s with { Content = LinkIn(s.Content, term, target, ref done) }); break;
                case Emphasis e: result.Add(e with { Content = LinkIn(e.Content, term, target, ref done) }); break;
                case LanguageSpan l: result.Add(l with { Content = LinkIn(l.Content, term, target, ref done) }); break;
                default: result.Add(inline); break;
            }
        }
        return done ? result.ToValueList() : run;
    }
}
