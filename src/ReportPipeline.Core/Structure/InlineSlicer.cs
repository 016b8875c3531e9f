using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>
/// Cuts inline content by offsets into its plain text, keeping formatting on both sides. A footnote reference
/// has no width and goes with the text before it (a marker follows what it annotates).
/// </summary>
public static class InlineSlicer
{
    /// <summary>The inlines covering plain-text offsets [start, end).</summary>
    public static ValueList<Inline> Slice(ValueList<Inline> inlines, int start, int end)
    {
        var result = new List<Inline>();
        int position = 0;
        Collect(inlines, start, end, ref position, result);
        return result.ToValueList();
    }

    private static void Collect(ValueList<Inline> inlines, int start, int end, ref int position, List<Inline> result)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t:
                    int from = Math.Max(start, position), to = Math.Min(end, position + t.Value.Length);
                    if (from < to) result.Add(new Text(t.Value[(from - position)..(to - position)]));
                    position += t.Value.Length;
                    break;
                case FootnoteReference or Anchor:
                    if ((position > start || start == 0) && position <= end) result.Add(inline);
                    break;
                case Formula f:
                    // A formula is not cut: it goes where its first character goes.
                    if (position >= start && position < end || f.Text.Length == 0 && position == start) result.Add(f);
                    position += f.Text.Length;
                    break;
                case Link l:
                    var linked = new List<Inline>();
                    Collect(l.Content, start, end, ref position, linked);
                    if (linked.Count > 0) result.Add(l with { Content = linked.ToValueList() });
                    break;
                case Strong s:
                    var strong = new List<Inline>();
                    Collect(s.Content, start, end, ref position, strong);
                    if (strong.Count > 0) result.Add(new Strong(strong.ToValueList()));
                    break;
                case Emphasis e:
                    var emphasis = new List<Inline>();
                    Collect(e.Content, start, end, ref position, emphasis);
                    if (emphasis.Count > 0) result.Add(new Emphasis(emphasis.ToValueList()));
                    break;
                case LanguageSpan l:
                    var span = new List<Inline>();
                    Collect(l.Content, start, end, ref position, span);
                    if (span.Count > 0) result.Add(l with { Content = span.ToValueList() });
                    break;
                default:
                    throw new NotSupportedException($"Unknown inline {inline.GetType().Name}");
            }
        }
    }

    /// <summary>Merges neighbouring text nodes and drops empty ones; a run of texts is joined once (linear in its length).</summary>
    public static ValueList<Inline> Normalize(IEnumerable<Inline> inlines)
    {
        var result = new List<Inline>();
        var run = new System.Text.StringBuilder();
        int runStart = -1;
        void EndRun()
        {
            if (runStart >= 0 && result.Count - runStart > 1)
            {
                run.Clear();
                for (int i = runStart; i < result.Count; i++) run.Append(((Text)result[i]).Value);
                result.RemoveRange(runStart + 1, result.Count - runStart - 1);
                result[runStart] = new Text(run.ToString());
            }
            runStart = -1;
        }
        foreach (var inline in inlines)
        {
            var node = inline switch
            {
                Strong s => new Strong(Normalize(s.Content)),
                Emphasis e => new Emphasis(Normalize(e.Content)),
                LanguageSpan l => l with { Content = Normalize(l.Content) },
                Link l => l with { Content = Normalize(l.Content) },
                _ => inline,
            };
            if (node is Text { Value.Length: 0 } || node is Strong { Content.IsEmpty: true } || node is Emphasis { Content.IsEmpty: true }
                || node is LanguageSpan { Content.IsEmpty: true }) continue;
            if (node is Text)
            {
                if (runStart < 0) runStart = result.Count;
            }
            else EndRun();
            result.Add(node);
        }
        EndRun();
        return result.ToValueList();
    }
}
