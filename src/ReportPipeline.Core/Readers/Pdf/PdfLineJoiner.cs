using System.Text;
using System.Text.RegularExpressions;
using ReportPipeline.Scripts;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Joins the lines of one paragraph as each script needs. Chinese and Japanese (kana too) join without a space. Korean
/// puts spaces between words, so a Hangul line break is a space, unless the PDF, which draws its spaces, drew none at
/// the line's end: then the break cut a word ("전염" / "병은" → "전염병은"); where the PDF leaves its word spaces as gaps, a
/// break inside a word the document writes whole elsewhere is joined, and so is a break before a lone syllable the document
/// never writes as a word of its own ("법률에" / "서 참여를": a particle or an ending cut off its word). A Latin word hyphenated at the line end
/// ("particu-" / "larly") is joined without its hyphen, unless the hyphenated form stands elsewhere in the document
/// ("long-" / "term" stays "long-term" where "long-term" is written on one line too, or "Long-term" opening a line or a
/// table's cell: the form is looked up in lower case). Everything else follows
/// <see cref="PdfLineBuilder.JoinWrapped"/>.
/// </summary>
internal static partial class PdfLineJoiner
{
    [GeneratedRegex(@"(?<![\p{L}-])\p{L}\p{Ll}*-\p{Ll}+(?![\p{L}-])")]
    private static partial Regex HyphenatedWord();

    /// <summary>
    /// The document's own words that a line-end join consults: the hyphenated words written inside lines, where the
    /// hyphen is the author's and not the line end's; and the Hangul words written inside lines, with each beginning of
    /// two or more syllables, so that a Korean word cut at a line end is joined where the document writes it whole; and
    /// each Hangul syllable the document writes as a word by itself inside a line ("할 수 있다", "각 호"), as an entry of one
    /// character (a beginning has two or more, so the two never meet).
    /// </summary>
    public static HashSet<string> HyphenatedWords(IEnumerable<string> lines)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (Match m in HyphenatedWord().Matches(line.TrimEnd().TrimEnd('-'))) words.Add(m.Value.ToLowerInvariant());
            AddHangulWords(line, words);
        }
        return words;
    }

    /// <summary>
    /// The beginnings of the Hangul words of a line: every word but the first, which may be the tail of a word the line
    /// break cut (the last word, cut or not, begins a word), and every word a bracket opens inside them. A word of one syllable counts as written by itself only
    /// between the first and the last word, which a line break may have cut.
    /// </summary>
    private static void AddHangulWords(string line, HashSet<string> words)
    {
        if (!line.Any(ScriptDetector.IsHangul)) return; // most lines of most documents: nothing to split
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int t = 1; t < tokens.Length; t++)
        {
            // A bracket opens a word inside a token too: "대표발의)(의안번호" writes "의안번호" whole.
            foreach (string piece in tokens[t].Split(Brackets))
            {
                string run = LeadingHangul(piece);
                for (int length = 2; length <= run.Length; length++) words.Add(run[..length]);
            }
            if (t < tokens.Length - 1 && LoneSyllable(tokens[t]) is char syllable) words.Add(syllable.ToString());
        }
    }

    private static readonly char[] Brackets = "()（）[]「」『』“”‘’〈〉《》【】".ToCharArray();

    /// <summary>
    /// Words of one syllable that Korean writes by themselves in any text (dependent nouns, adverbs, conjunctions that
    /// are never a particle or an ending): a short document may not write them elsewhere.
    /// </summary>
    private const string OneSyllableWords = "수것등및때각그더또잘못뿐즉곧꼭좀";

    /// <summary>
    /// Particles of two syllables that only ever follow a word and never begin one (case particles and "까지", "부터"):
    /// a line opening with one of them, where the document writes no word beginning so, opens with the cut word's tail
    /// ("있음" / "에도 불구하고").
    /// </summary>
    private static readonly string[] TwoSyllableParticles = ["에서", "에게", "에도", "에는", "으로", "까지", "부터", "처럼", "께서"];

    /// <summary>The syllable of a word of one Hangul syllable, punctuation after it aside ("서", "음.", "체,"); null otherwise.</summary>
    private static char? LoneSyllable(string word)
    {
        if (word.Length == 0 || !ScriptDetector.IsHangul(word[0])) return null;
        for (int i = 1; i < word.Length; i++)
            if (char.IsLetterOrDigit(word[i])) return null;
        return word[0];
    }

    /// <summary>
    /// The line's first word is a single syllable the document never writes as a word by itself: a particle or an
    /// ending ("서", "음.", "야”를"), the tail of the word the line break cut; or it opens with a particle of two syllables
    /// no word of the document begins with ("에도").
    /// </summary>
    private static bool OpensWithCutSyllable(string right, IReadOnlySet<string> words)
    {
        int space = right.IndexOf(' ');
        string first = space < 0 ? right : right[..space];
        int run = LeadingHangul(first).Length;
        if (run >= 2 && TwoSyllableParticles.Contains(first[..2])) return !words.Contains(first[..2]);
        if (run != 1 || first.Length > 1 && char.IsLetterOrDigit(first[1])) return false;
        return !words.Contains(first[..1]) && !OneSyllableWords.Contains(first[0]);
    }

    private static string LeadingHangul(string text)
    {
        int i = 0;
        while (i < text.Length && ScriptDetector.IsHangul(text[i])) i++;
        return text[..i];
    }

    private static string TrailingHangul(string text)
    {
        int i = text.Length;
        while (i > 0 && ScriptDetector.IsHangul(text[i - 1])) i--;
        return text[i..];
    }

    /// <summary>
    /// The lines of a paragraph as one text. Each join looks only at the two lines it joins and appends to one
    /// buffer, so a paragraph of thousands of lines (a PDF whose lines never break into paragraphs) costs linear time.
    /// </summary>
    public static string Join(IReadOnlyList<PdfLine> lines, IReadOnlySet<string>? hyphenated = null)
    {
        var text = new StringBuilder();
        string previous = "";
        bool? spaceAtEnd = null;
        foreach (var line in lines)
        {
            string right = line.Text.Trim();
            if (right.Length == 0) continue;
            if (text.Length > 0)
            {
                // The join is the previous line, cut or not (a dropped hyphen), a space or none, then the new line.
                string joined = Join(previous, spaceAtEnd, right, hyphenated);
                int middle = joined.Length - right.Length;
                if (middle >= previous.Length) text.Append(joined, previous.Length, middle - previous.Length);
                else text.Length -= previous.Length - middle;
            }
            text.Append(right);
            previous = right;
            spaceAtEnd = line.SpaceAtEnd;
        }
        return text.ToString();
    }

    /// <param name="spaceAtEnd">Whether the left line ended with a drawn space; null when the PDF does not say.</param>
    public static string Join(string left, bool? spaceAtEnd, string right, IReadOnlySet<string>? hyphenated = null)
    {
        left = left.TrimEnd();
        right = right.TrimStart();
        if (left.Length == 0 || right.Length == 0) return left + right;
        char a = left[^1], b = right[0];
        if (ScriptDetector.IsHangul(a) && ScriptDetector.IsHangul(b))
        {
            // Where the PDF does not say (it leaves its word spaces as gaps), the line end cut a word when the document
            // writes a word beginning with the left piece and the right piece's first syllable ("민주" / "적 참여" where
            // "민주적" stands in the text), or when the right piece opens with a lone syllable the document never writes
            // as a word ("법률에" / "서 참여를"); anything else breaks between words.
            bool cut = spaceAtEnd == false
                || spaceAtEnd is null && hyphenated is not null
                   && (hyphenated.Contains(TrailingHangul(left) + b) || OpensWithCutSyllable(right, hyphenated));
            return cut ? left + right : left + " " + right;
        }
        if (IsKana(a) || IsKana(b)) return left + right;
        if (a == '-' && left.Length >= 2 && char.IsLower(left[^2]) && char.IsLower(b))
        {
            string head = LastWord(left[..^1]), tail = FirstWord(right);
            // A compound going on with a hyphen after the break ("state-" / "of-the-art") keeps the one at the break too.
            bool compound = right.Length > tail.Length + 1 && right[tail.Length] == '-' && char.IsLetter(right[tail.Length + 1]);
            if (!compound && (hyphenated is null || !hyphenated.Contains((head + "-" + tail).ToLowerInvariant()))) return left[..^1] + right;
        }
        return PdfLineBuilder.JoinWrapped(left, right);
    }

    private static string LastWord(string text)
    {
        int i = text.Length;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return text[i..];
    }

    private static string FirstWord(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return text[..i];
    }

    public static bool IsKana(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F';
}
