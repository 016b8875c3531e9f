using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// A heading's closing full stop taken out of its title into <see cref="Heading.Stop"/>, whichever reader found it: the
/// text edition prints "（一）一般公共预算。收入…" and the Word edition "（一）一般公共预算", and both titles are the same.
/// Only a stop the title's last text ends with is taken (a note reference or a formula after it keeps it in place).
/// </summary>
internal static class HeadingStopRule
{
    public static (ValueList<Inline> Title, string? Stop) Split(ValueList<Inline> title)
    {
        string plain = title.PlainText();
        int length = ReportConventions.HeadingStopLength(plain.TrimEnd());
        if (length == 0 || plain.Length != plain.TrimEnd().Length || LastText(title) is not { } last || !last.Value.EndsWith(plain[^length..], StringComparison.Ordinal))
            return (title, null);
        return (InlineSlicer.Slice(title, 0, plain.Length - length), plain[^length..]);
    }

    /// <summary>The text the title ends with, past bookmarks and into bold, italic or language runs; null if it ends otherwise.</summary>
    private static Text? LastText(ValueList<Inline> inlines)
    {
        for (int i = inlines.Count - 1; i >= 0; i--)
        {
            switch (inlines[i])
            {
                case Anchor:
                    continue;
                case Text t when t.Value.Length > 0:
                    return t;
                case Strong s:
                    return LastText(s.Content);
                case Emphasis e:
                    return LastText(e.Content);
                case LanguageSpan l:
                    return LastText(l.Content);
                default:
                    return null;
            }
        }
        return null;
    }
}
