namespace ReportPipeline.Alignment;

/// <summary>Sentences of a paragraph: after 。！？ in Chinese, after . ! ? and a space before a new sentence in English.</summary>
public static class SentenceSplitter
{
    private const string Closers = "”’」』）)\"'";

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool end = c is '。' or '！' or '？'
                || (c is '.' or '!' or '?' && i + 1 < text.Length && FollowsLatinEnd(text, i));
            if (!end) continue;
            int stop = i + 1;
            while (stop < text.Length && Closers.Contains(text[stop])) stop++;
            Add(sentences, text[start..stop]);
            start = stop;
            i = stop - 1;
        }
        Add(sentences, text[start..]);
        return sentences;
    }

    /// <summary>A Latin sentence ends at a full stop followed by a space and a capital, digit or quote, and not after an abbreviation or initial.</summary>
    private static bool FollowsLatinEnd(string text, int i)
    {
        if (text[i + 1] != ' ' || i + 2 >= text.Length) return false;
        char next = text[i + 2];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '(')) return false;
        int wordStart = text.LastIndexOf(' ', i) + 1;
        string word = text[wordStart..(i + 1)];
        bool initials = word.Length >= 4 && word.Chunk(2).All(pair => pair.Length == 2 && char.IsLetter(pair[0]) && pair[1] == '.');
        return !initials && !(word.Length <= 2 && char.IsUpper(word[0])) && word is not ("e.g." or "i.e." or "Mr." or "Mrs." or "Dr." or "No." or "St." or "etc.");
    }

    private static void Add(List<string> sentences, string sentence)
    {
        if (sentence.Trim().Length > 0) sentences.Add(sentence.Trim());
    }
}
