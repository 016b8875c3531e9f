using System.Text.RegularExpressions;

namespace ReportPipeline.Structure.Conventions;

/// <summary>
/// The conventions of government reports as they are published, kept in one place: sentence ends, bullets, the
/// headings of notes, glossaries and appendices, salutations. Every reader and every recovery rule asks here, so a
/// convention is changed once. Numbering schemes live beside it in <see cref="Numbering"/>; footnote markers and
/// note-definition syntax in <see cref="FootnoteMarkers"/>; the header rows of a table in <see cref="TableHeaderRows"/>.
/// </summary>
public static partial class ReportConventions
{
    /// <summary>Punctuation that ends a full Chinese sentence (a lead, a run-in title).</summary>
    public const string ChineseSentenceEnds = "。！？";

    /// <summary>Punctuation after which a heading can no longer be a bare title: a sentence or a clause that stands alone.</summary>
    public const string HeadingBreakers = "。！？；";

    /// <summary>
    /// Full stops that may close a heading as printed ("（一）经济综合实力显著增强。", "1. Tax revenue."): kept apart from
    /// the title, since one edition prints the stop and another does not. A question or exclamation mark is part of
    /// the title and stays in it.
    /// </summary>
    public const string HeadingStops = "。．.";

    /// <summary>
    /// The length of the full stop closing a heading's <paramref name="title"/> (see <see cref="HeadingStops"/>), or 0: the
    /// title must keep a letter before it, and a Latin point after another point (an ellipsis) is no stop.
    /// </summary>
    public static int HeadingStopLength(string title)
    {
        if (title.Length < 2 || !HeadingStops.Contains(title[^1])) return 0;
        if (title[^1] == '.' && title[^2] == '.') return 0;
        return title[..^1].Any(char.IsLetterOrDigit) ? 1 : 0;
    }

    /// <summary>
    /// Text that ends a full Chinese sentence ("…的审查结果报告。", "…作出新的更大贡献！"), closing quotes and brackets
    /// aside. A document label over a title never does ("市六届人大四次会议文件（十）"): such text over a report's title is the
    /// end of the document printed before it.
    /// </summary>
    public static bool EndsChineseSentence(string text)
    {
        string t = text.TrimEnd().TrimEnd(Closers.ToCharArray());
        return t.Length > 1 && ChineseSentenceEnds.Contains(t[^1]);
    }

    /// <summary>Punctuation that ends a sentence or a clause standing alone, Chinese and Latin.</summary>
    public const string FinalPunctuation = "。！？!?；;：:…";

    /// <summary>Closing quotes and brackets that may follow a sentence's final punctuation.</summary>
    public const string Closers = "”’」』）)》〉】\"'";

    /// <summary>Clause punctuation: a sentence holding one of these is not a short lead.</summary>
    public const string ClausePunctuation = "，、；：,;:";

    /// <summary>Punctuation a chapter line without a number never holds: it ends or joins clauses.</summary>
    public const string ChapterBreakers = "。！？；：，!?;:,…";

    [GeneratedRegex(@"^(表|图|附图|专栏|Table|Figure|Box)\s*[0-9０-９一二三四五六七八九十]|^(计量)?单位\s*[：:]")]
    private static partial Regex CaptionLabelPattern();

    /// <summary>A line opening with a table, figure or box label ("表1 …", "专栏2 …") or a table's unit ("单位：万人"): a caption, never a chapter.</summary>
    public static bool IsCaptionLabel(string line) => CaptionLabelPattern().IsMatch(line.Trim());

    /// <summary>Bullet glyphs: drawn bullets that open a list item, with or without a space after them (the small
    /// triangles "▸▹" as Korean reports set their second-level items).</summary>
    public const string BulletGlyphs = "•·●▪◦‣○■□►▸▹";

    /// <summary>
    /// A line wholly inside angle brackets ("〈 추진근거 〉", "< 사용실적(2022년 기준) >", "＜参考＞"): the title of a box or a
    /// table as Korean and Japanese reports print it over the box, never a section heading.
    /// </summary>
    public static bool IsBracketedTitle(string line) =>
        line.Trim() is [var open, .., var close] t && t.Length > 2
        && (open, close) is ('〈', '〉') or ('<', '>') or ('＜', '＞') or ('⟨', '⟩')
        && t.IndexOfAny(['〉', '>', '＞', '⟩'], 1) == t.Length - 1;

    /// <summary>Every bullet of a list item: the glyphs, and "-" and "*" typed as bullets (in text, followed by a space).</summary>
    public const string Bullets = BulletGlyphs + "-*";

    /// <summary>True for a bullet glyph (PDF lines, HTML items): a drawn bullet, never a hyphen or minus sign.</summary>
    public static bool IsBulletGlyph(char c) => BulletGlyphs.Contains(c);

    /// <summary>True for any bullet, typed ones included.</summary>
    public static bool IsBullet(char c) => Bullets.Contains(c);

    /// <summary>The length of the bullet and the space after it that open a line of text, or 0.</summary>
    public static int BulletLength(string line)
    {
        if (line.Length < 2 || !IsBullet(line[0]) || !char.IsWhiteSpace(line[1])) return 0;
        int end = 1;
        while (end < line.Length && char.IsWhiteSpace(line[end])) end++;
        return end < line.Length ? end : 0;
    }

    // A bilingual edition names its notes in both languages: "注释 Notes", "注释 / Notes".
    [GeneratedRegex(@"^(注释|注|附注|脚注|尾注|Notes|NOTES|Footnotes|FOOTNOTES|Endnotes|ENDNOTES)(\s*[/／|｜]?\s*(注释|注|附注|脚注|尾注|Notes|NOTES|Footnotes|FOOTNOTES|Endnotes|ENDNOTES))?\s*[：:]?$")]
    private static partial Regex NotesHeadingPattern();

    /// <summary>The heading of a notes zone: "注释", "注：", "Notes".</summary>
    public static bool IsNotesHeading(string line) => NotesHeadingPattern().IsMatch(line.Trim());

    [GeneratedRegex(@"^(《[^》]{1,30}》)?(有关|相关|部分)?(内容)?(名词|术语|词语)(解释|注释|说明)(和注释)?\s*[：:]?$|^(Glossary|GLOSSARY|Glossary of Terms|Definitions)\s*:?$")]
    private static partial Regex GlossaryHeadingPattern();

    /// <summary>The heading of a glossary: "名词解释", "《政府工作报告》有关内容名词注释", "Glossary".</summary>
    public static bool IsGlossaryHeading(string line) => GlossaryHeadingPattern().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?<label>(附件|附表|附录)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?|(Annex|Appendix|ANNEX|APPENDIX)(\s+([A-Z]|\d{1,2}|[IVX]{1,4}))?)\s*(?<sep>[：:.．、]?)\s*(?<title>.*)$")]
    private static partial Regex AppendixPattern();

    /// <summary>
    /// An appendix heading line: "附件1", "附件：", "附表2 …", "附件2 名词解释", "Annex A: …". Returns the label and the title
    /// written on the same line (empty when the title is on the next line), or null when the line is not one.
    /// </summary>
    public static (string Label, string Title)? MatchAppendix(string line)
    {
        var m = AppendixPattern().Match(line.Trim());
        if (!m.Success) return null;
        string title = m.Groups["title"].Value.Trim();
        // "附件" in running text ("附件材料已印发") is not a heading: the label stands alone or is set off from its title.
        bool labelOnly = title.Length == 0;
        bool setOff = m.Groups["sep"].Length > 0 || line.Trim().Length > m.Groups["label"].Length
            && (char.IsWhiteSpace(line.Trim()[m.Groups["label"].Length]) || char.IsDigit(m.Groups["label"].Value[^1]));
        if (!labelOnly && (!setOff || Sentences.EndsSentence(title) && !title.EndsWith('：') || title.Contains('。'))) return null;
        return (m.Groups["label"].Value.Trim(), title);
    }

    /// <summary>
    /// A lone top heading is the report's title, not a chapter: the first heading is level 1 and no other heading is.
    /// The chapters below it are then one level deeper than their markup says. HTML and Markdown readers ask here.
    /// </summary>
    public static bool HasLoneTitle(IEnumerable<int> headingLevels)
    {
        using var levels = headingLevels.GetEnumerator();
        if (!levels.MoveNext() || levels.Current != 1) return false;
        while (levels.MoveNext())
            if (levels.Current <= 1) return false;
        return true;
    }

    [GeneratedRegex(@"^(尊敬的)?(各位|全体)(代表|委员|同志|领导|来宾|嘉宾|朋友|政协委员|人大代表)|^同志们|^女士们|^先生们|^(Dear|Honou?rable|Fellow)\s|^(Ladies and gentlemen|Colleagues|Members)\b")]
    private static partial Regex SalutationStart();

    /// <summary>A salutation is at most this long (characters), the address alone.</summary>
    public const int MaxSalutationLength = 40;

    /// <summary>
    /// A salutation: the address that opens a speech or its parts ("各位代表：", "各位代表！", "各位委员、同志们：",
    /// "Dear colleagues,"). It opens with a form of address and ends with "：", "！", "," or ":" and holds no sentence.
    /// </summary>
    public static bool IsSalutation(string text)
    {
        string t = text.Trim();
        if (t.Length is 0 or > MaxSalutationLength || !SalutationStart().IsMatch(t)) return false;
        char last = t[^1];
        if (last is not ('：' or '！' or ':' or '!' or ',' or '，')) return false;
        return t[..^1].IndexOfAny(['。', '！', '？', '：', '!', '?', ':']) < 0;
    }

    /// <summary>The salutation opening <paramref name="text"/> ("各位代表！在五年…" → "各位代表！"), or 0.</summary>
    public static int SalutationLength(string text)
    {
        int end = text.IndexOfAny(['！', '：', '!', ':']);
        return end > 0 && IsSalutation(text[..(end + 1)]) ? end + 1 : 0;
    }

    [GeneratedRegex(@"^[^。，；：！？,;:!?]{2,30}(会议|大会)(大会)?文件(之|第)?[（(]?[0-9０-９一二三四五六七八九十百零〇]{1,4}[)）]?号?$")]
    private static partial Regex DocumentLabelPattern();

    /// <summary>
    /// A document label as a people's congress prints it above a report's title: the meeting, "会议文件" or "大会文件",
    /// and the document's number ("市六届人大四次会议文件（十）", "某市十六届人大六次会议大会文件（八）"); spaces that spread
    /// the label out are no part of it.
    /// </summary>
    public static bool IsDocumentLabel(string line) =>
        DocumentLabelPattern().IsMatch(string.Concat(line.Where(c => !char.IsWhiteSpace(c))));

    [GeneratedRegex(@"^第[0-9０-９一二三四五六七八九十百零〇]{1,3}(部分|篇|编)|^(Part|PART)\s+([0-9]{1,2}|[IVX]{1,5}|One|Two|Three|Four|Five|ONE|TWO|THREE|FOUR|FIVE)\b")]
    private static partial Regex PartLabelPattern();

    /// <summary>
    /// A part label set over a report's title ("第一部分 预算报告", "Part One"): the part of a compiled volume the report
    /// opens, never the report's title. Spaces the glyph stage left inside it ("第一部 分") are no part of it.
    /// </summary>
    public static bool IsPartLabel(string line)
    {
        string t = line.Trim();
        if (t.Length == 0 || t.Length > MaxPartLabelLength || Sentences.EndsSentence(t)) return false;
        return PartLabelPattern().IsMatch(t) || CjkText.IsMainlyChinese(t) && PartLabelPattern().IsMatch(string.Concat(t.Where(c => !char.IsWhiteSpace(c))));
    }

    /// <summary>A part label with the part's name is at most this long (characters).</summary>
    public const int MaxPartLabelLength = 30;
}
