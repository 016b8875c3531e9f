using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>Sentence boundaries in Chinese and English report text.</summary>
public static class Sentences
{
    private const string Closers = ReportConventions.Closers;
    private const string FinalPunctuation = ReportConventions.FinalPunctuation;

    /// <summary>True when the text ends a sentence or clause that stands alone (punctuation, then any closing quotes).</summary>
    /// <summary>
    /// Whether the text stops in the middle of a sentence: on a comma, a semicolon, an enumeration comma, or on a
    /// Latin word that joins clauses ("…in Alaska, and"). Such a line is a clause, never a heading.
    /// </summary>
    public static bool ContinuesSentence(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0) return false;
        if (trimmed[^1] is ',' or '，' or ';' or '；' or '、') return true;
        int space = trimmed.LastIndexOf(' ');
        return space > 0 && trimmed[(space + 1)..] is "and" or "or" or "the" or "of" or "to" or "a" or "an" or "in" or "for" or "with";
    }

    public static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd(Closers.ToCharArray());
        if (trimmed.Length == 0) return false;
        char last = trimmed[^1];
        return FinalPunctuation.Contains(last) || (last == '.' && !EndsWithAbbreviation(trimmed));
    }

    private static bool EndsWithAbbreviation(string text) =>
        text.EndsWith("e.g.", StringComparison.Ordinal) || text.EndsWith("i.e.", StringComparison.Ordinal);

    /// <summary>
    /// The first full sentence of a Chinese paragraph, up to and including 。！？ (and closing quotes after it),
    /// or null when the text holds no such sentence.
    /// </summary>
    public static string? FirstChineseSentence(string text)
    {
        int end = text.IndexOfAny(ReportConventions.ChineseSentenceEnds.ToCharArray());
        if (end < 0) return null;
        end++;
        while (end < text.Length && Closers.Contains(text[end])) end++;
        return text[..end];
    }

    /// <summary>The first sentence of a Latin-script paragraph, up to ". ", "! " or "? ", or null.</summary>
    public static string? FirstLatinSentence(string text)
    {
        for (int i = 0; i + 1 < text.Length; i++)
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && !EndsWithAbbreviation(text[..(i + 1)]))
                return text[..(i + 1)];
        return null;
    }

    /// <summary>Clause punctuation: a sentence holding one of these is not a short lead.</summary>
    public static bool HasClausePunctuation(string sentence) => sentence.IndexOfAny(ReportConventions.ClausePunctuation.ToCharArray()) >= 0;
}
