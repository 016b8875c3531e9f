namespace ReportPipeline.Structure;

/// <summary>The thresholds of structure recovery. <see cref="Default"/> suits government reports.</summary>
public sealed record StructureOptions
{
    public static readonly StructureOptions Default = new();

    /// <summary>A numbered line longer than this (after its label) is a numbered paragraph, not a heading.</summary>
    public int MaxHeadingLength { get; init; } = 60;

    /// <summary>
    /// Latin-script text spends more letters on the same words: heading, run-in title and caption lengths are
    /// multiplied by this for a phrase without clause punctuation (a title, not a sentence).
    /// </summary>
    public double LatinLengthFactor { get; init; } = 2.0;

    /// <summary>A length limit of <paramref name="limit"/> characters, stretched for a Latin-script phrase.</summary>
    public int LengthLimit(int limit, string text) =>
        CjkText.IsMainlyChinese(text) || Sentences.HasClausePunctuation(text) ? limit : (int)(limit * LatinLengthFactor);

    /// <summary>A run-in section title ("（一）标题。正文") is at most this long.</summary>
    public int MaxRunInTitleLength { get; init; } = 40;

    /// <summary>A lead sentence is at most this long and holds no clause punctuation.</summary>
    public int MaxLeadSentenceLength { get; init; } = 30;

    /// <summary>Recognise lead sentences in Latin-script paragraphs of plain text (off: English has no such convention).</summary>
    public bool LeadSentencesInLatinText { get; init; }

    /// <summary>A table caption is a line at most this long, without final punctuation, right before a table.</summary>
    public int MaxCaptionLength { get; init; } = 50;

    /// <summary>A paragraph shorter than this that does not end a sentence is a label, never a fragment to join.</summary>
    public int MinFragmentLength { get; init; } = 10;

    /// <summary>The title block is at most this many lines before the body starts.</summary>
    public int MaxTitleBlockLines { get; init; } = 6;

    /// <summary>The thresholds of the language stage (languages of blocks and spans, bilingual editions).</summary>
    public Languages.LanguageOptions Language { get; init; } = Languages.LanguageOptions.Default;

    /// <summary>A line ending with a colon at most this long opens the body after the title block ("各位代表：", "Dear colleagues:").</summary>
    public int MaxOpeningLineLength { get; init; } = 30;

    /// <summary>Plain text whose blank lines number at least this share of its text lines separates paragraphs by blank lines.</summary>
    public double BlankLineShare { get; init; } = 0.3;

    /// <summary>Plain text without blank lines, whose indented lines are at least this share, opens paragraphs with an indent.</summary>
    public double IndentedLineShare { get; init; } = 0.3;

    /// <summary>A wholly bold line without number or sentence end is an unnumbered heading when at most this long.</summary>
    public int MaxFormattedHeadingLength { get; init; } = 40;

    /// <summary>
    /// A wholly bold block the page sets apart (space above, regular text after: a heading wrapped over lines) is an
    /// unnumbered heading when at most this long (doubled for Latin text, see <see cref="LatinLengthFactor"/>).
    /// </summary>
    public int MaxSetApartHeadingLength { get; init; } = 50;

    /// <summary>A lead sentence standing alone on its line ("履职尽责抓落实。") is at most this long.</summary>
    public int MaxStandaloneLeadLength { get; init; } = 40;

    /// <summary>A glossary term ("“四上”企业") is at most this long; a longer text before a colon is a sentence, not a term.</summary>
    public int MaxGlossaryTermLength { get; init; } = 40;

    /// <summary>Text is Chinese when Han characters, times this factor, at least match its Latin letters (a Han character carries more).</summary>
    public int HanWeight { get; init; } = 3;

    /// <summary>
    /// A plain-text line without a number standing alone between a finished sentence and the chapter's text
    /// ("“十四五”时期工作回顾", "结束语") is a chapter heading when at most this long; 0 turns the rule off.
    /// </summary>
    public int MaxUnnumberedChapterLength { get; init; } = 24;

    /// <summary>
    /// Bracketed numbers label a form's fields, not an outline ("(19)", "(12)", "(51)" on a patent's front page), where fewer
    /// than this share of a scheme's neighbouring numbered headings run on by one or start again at one (<see cref="FieldCodes"/>).
    /// </summary>
    public double FieldCodeFollowShare { get; init; } = 0.5;

    /// <summary>A bracketed scheme is judged to label fields only from this many numbered headings on.</summary>
    public int MinFieldCodes { get; init; } = 4;

    /// <summary>
    /// A scraped web page's furniture (tools, particulars, the site's foot) is found among lines at most this long at the
    /// head and foot of the text; a longer line there is the report's own.
    /// </summary>
    public int MaxFurnitureLineLength { get; init; } = 60;

    /// <summary>
    /// A glossary term at least this long links its first occurrence in the body to its entry (a shorter one would
    /// match inside other words); 0 links none.
    /// </summary>
    public int MinLinkedTermLength { get; init; } = 2;

    /// <summary>
    /// A plain-text line holding at least this many paragraphs, each opened by two ideographic spaces (a scraped page's
    /// whole report on one line), is cut into its paragraphs; 0 leaves lines whole.
    /// </summary>
    public int MinRunTogetherParagraphs { get; init; } = 3;
}
