namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Whether a paragraph of the body that opens with a superscript number (outside a page's foot zone and outside a notes
/// list) is a note. Notes run in order and say something: its number is the next note's (one more than the last
/// note's; or any number for the document's first note, as on a page taken from the middle of a paper; or 1 again on a
/// later page, where notes are numbered page by page), and its text holds words. A formula
/// set in a font whose Greek letters come out as superscript digits is neither.
/// </summary>
internal static class NoteDefinitionRule
{
    /// <param name="last">The number and page of the last numbered note met so far; null before the first.</param>
    public static bool InSequence(int number, int page, (int Number, int Page)? last) =>
        last is not var (n, p) || number == n + 1 || number == 1 && page > p;

    /// <summary>
    /// Words: two of three letters or more, or one of three CJK or Hangul characters; not only symbols, figures, one-letter
    /// names and an operator's name (a formula's "End(V)").
    /// </summary>
    public static bool HoldsWord(string text)
    {
        int run = 0, words = 0;
        bool wide = false;
        foreach (char c in text + " ")
        {
            if (char.IsLetter(c)) { run++; wide |= c > 0x2E7F; continue; }
            if (run >= 3 && (++words >= 2 || wide)) return true;
            run = 0;
            wide = false;
        }
        return false;
    }
}
