using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Text of a paragraph, cell or note as the page sets it: each character with its style (bold, italic, raised).
/// Lines are joined as <see cref="PdfLineJoiner"/> joins them, styles kept in step with the characters.
/// </summary>
internal sealed class PdfStyledText
{
    public string Text { get; }
    public IReadOnlyList<PdfCharStyle> Styles { get; }

    public PdfStyledText(string text, IReadOnlyList<PdfCharStyle> styles)
    {
        if (text.Length != styles.Count) throw new ArgumentException("one style a character", nameof(styles));
        Text = text;
        Styles = styles;
    }

    public static readonly PdfStyledText Empty = new("", []);

    /// <summary>
    /// A lead phrase set in 楷体 or 仿宋 where the paragraph goes on in another face (a font switch that Chinese reports
    /// use as bold is used: "——经济综合实力大幅跃升。" in 仿宋 before a 宋体 body): the run of that face opening the text,
    /// ending with "。" or "：", followed by text with none of that face, is read as bold. Typesetters often leave the
    /// stop itself in the body face ("（四）深化改革" in 楷体, then "。"): a stop right after the run belongs to the lead.
    /// Text set wholly in the face, or switching to it again later (a 仿宋 body), is left as it is.
    /// </summary>
    public PdfStyledText WithFaceLead() => WithFaceLead(PdfCharStyle.Kai) is var kai && !ReferenceEquals(kai, this) ? kai : WithFaceLead(PdfCharStyle.FangSong);

    private PdfStyledText WithFaceLead(PdfCharStyle face)
    {
        int start = 0;
        while (start < Text.Length && char.IsWhiteSpace(Text[start])) start++;
        int end = start;
        while (end < Text.Length && (Styles[end].HasFlag(face) || char.IsWhiteSpace(Text[end]))) end++;
        while (end > start && char.IsWhiteSpace(Text[end - 1])) end--;
        if (end > start && end < Text.Length && Text[end] is '。' or '：' && Text[end - 1] is not ('。' or '：')) end++; // the stop set in the body face
        string lead = Text[start..end];
        if (lead.Length < 2 || lead[^1] is not ('。' or '：') || end >= Text.Length) return this;
        for (int i = end; i < Text.Length; i++)
            if (Styles[i].HasFlag(face)) return this; // the face switches back and forth: no lead
        var styles = Styles.ToArray();
        for (int i = start; i < start + lead.Length; i++) styles[i] |= PdfCharStyle.Bold;
        return new PdfStyledText(Text, styles);
    }

    /// <summary>
    /// Bold carried over the figures, quotes and stops set between two bold runs: a heading or lead set in a bold face
    /// (黑体) often takes its digits and punctuation from another, regular font ("一、２０２５年…“十四五”…"), which would
    /// cut its bold into pieces. A stretch between two bold characters that holds no letter (digits, spaces, punctuation)
    /// is read as bold; a raised marker stays as it is.
    /// </summary>
    public PdfStyledText WithBoldAcrossFigures()
    {
        PdfCharStyle[]? styles = null;
        int lastBold = -1;
        for (int i = 0; i < Text.Length; i++)
        {
            if (!Styles[i].HasFlag(PdfCharStyle.Bold)) continue;
            bool bridge = lastBold >= 0 && i - lastBold > 1;
            for (int k = lastBold + 1; bridge && k < i; k++)
                if (char.IsLetter(Text[k]) || Styles[k].HasFlag(PdfCharStyle.Raised)) bridge = false;
            if (bridge)
            {
                styles ??= [.. Styles];
                for (int k = lastBold + 1; k < i; k++) styles[k] |= PdfCharStyle.Bold;
            }
            lastBold = i;
        }
        return styles is null ? this : new PdfStyledText(Text, styles);
    }

    /// <summary>A line's text with its styles; a line whose builder kept no styles is styled as a whole (bold or not).</summary>
    public static PdfStyledText Of(PdfLine line) =>
        line.Styles is { } styles && styles.Count == line.Text.Length
            ? new(line.Text, styles)
            : new(line.Text, Enumerable.Repeat(line.Bold ? PdfCharStyle.Bold : PdfCharStyle.None, line.Text.Length).ToList());

    /// <summary>
    /// The lines of one paragraph joined as <see cref="PdfLineJoiner.Join(IReadOnlyList{PdfLine}, IReadOnlySet{string}?)"/>
    /// joins them (script-aware, hyphen rejoin, a Korean word cut where the PDF drew no space), so the text is the
    /// paragraph's text; each join looks at the two lines it joins only (linear time), the styles kept in step.
    /// </summary>
    public static PdfStyledText Join(IEnumerable<PdfLine> lines, IReadOnlySet<string>? hyphenated = null)
    {
        var text = new System.Text.StringBuilder();
        var styles = new List<PdfCharStyle>();
        string previous = "";
        bool? spaceAtEnd = null;
        foreach (var line in lines)
        {
            var right = Of(line).Trim();
            if (right.Text.Length == 0) continue;
            if (text.Length > 0)
            {
                // The join is the previous line, cut or not (a dropped hyphen), a space or none, then the new line.
                string joined = PdfLineJoiner.Join(previous, spaceAtEnd, right.Text, hyphenated);
                int middle = joined.Length - right.Text.Length;
                if (middle >= previous.Length)
                    for (int i = previous.Length; i < middle; i++)
                    {
                        text.Append(joined[i]);
                        styles.Add(styles[^1] & right.Styles[0] & ~PdfCharStyle.Raised);
                    }
                else
                {
                    text.Length -= previous.Length - middle;
                    styles.RemoveRange(styles.Count - (previous.Length - middle), previous.Length - middle);
                }
            }
            text.Append(right.Text);
            styles.AddRange(right.Styles);
            previous = right.Text;
            spaceAtEnd = line.SpaceAtEnd;
        }
        return new(text.ToString(), styles);
    }

    public PdfStyledText Append(PdfStyledText next)
    {
        var left = TrimEnd();
        var right = next.TrimStart();
        if (left.Text.Length == 0) return right;
        if (right.Text.Length == 0) return left;
        string joined = PdfLineJoiner.Join(left.Text, null, right.Text);
        var styles = new List<PdfCharStyle>(joined.Length);
        styles.AddRange(left.Styles);
        if (joined.Length == left.Text.Length + right.Text.Length + 1)
            styles.Add(left.Styles[^1] & right.Styles[0] & ~PdfCharStyle.Raised);
        styles.AddRange(right.Styles);
        // A join that changed the characters otherwise (a hyphen taken out) keeps the styles as far as they go.
        while (styles.Count > joined.Length) styles.RemoveAt(styles.Count - 1);
        while (styles.Count < joined.Length) styles.Add(styles.Count > 0 ? styles[^1] & ~PdfCharStyle.Raised : PdfCharStyle.None);
        return new(joined, styles);
    }

    public PdfStyledText Slice(int start, int end) => new(Text[start..end], Styles.Skip(start).Take(end - start).ToList());

    public PdfStyledText Skip(int count) => Slice(Math.Min(count, Text.Length), Text.Length);

    public PdfStyledText TrimStart() => Skip(Text.Length - Text.TrimStart().Length);

    public PdfStyledText TrimEnd() => Slice(0, Text.TrimEnd().Length);

    public PdfStyledText Trim() => TrimStart().TrimEnd();

    /// <summary>
    /// Without the stray spaces between Han characters that line wraps leave (<see cref="CjkText.RemoveStraySpaces"/>);
    /// a space the line builder marked as a real separator (<see cref="PdfCharStyle.Separator"/>) stays, unmarked.
    /// </summary>
    public PdfStyledText WithoutStraySpaces()
    {
        var text = new System.Text.StringBuilder(Text.Length);
        var styles = new List<PdfCharStyle>(Text.Length);
        int from = 0;
        for (int i = 0; i <= Text.Length; i++)
        {
            if (i < Text.Length && !Styles[i].HasFlag(PdfCharStyle.Separator)) continue;
            // Each stretch between two kept separators is cleaned on its own.
            string part = Text[from..i], cleaned = CjkText.RemoveStraySpaces(part);
            int j = 0;
            for (int k = 0; k < part.Length && j < cleaned.Length; k++)
            {
                if (part[k] != cleaned[j]) continue; // a removed space
                text.Append(cleaned[j]);
                styles.Add(Styles[from + k]);
                j++;
            }
            if (i < Text.Length)
            {
                text.Append(Text[i]);
                styles.Add(Styles[i] & ~PdfCharStyle.Separator);
            }
            from = i + 1;
        }
        return text.Length == Text.Length && !Styles.Any(s => s.HasFlag(PdfCharStyle.Separator)) ? this : new(text.ToString(), styles);
    }

    /// <summary>Every character set bold (spaces aside).</summary>
    public bool IsAllBold =>
        Text.Length > 0 && Enumerable.Range(0, Text.Length).All(i => char.IsWhiteSpace(Text[i]) || Styles[i].HasFlag(PdfCharStyle.Bold));
}
