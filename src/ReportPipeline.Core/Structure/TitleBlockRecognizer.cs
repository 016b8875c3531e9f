using System.Globalization;
using System.Text.RegularExpressions;
using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// The title block: the lines before the body. The first is the title; a line opening with a dash is the
/// occasion ("——在…会议上"); a line naming an office or a person is the speaker or author. Only the title
/// loses stray spaces between Han characters: in the speaker line a space separates office from name. The body starts
/// at a heading, a salutation ("各位代表：", "Dear colleagues:"), a table or list, or a full sentence.
/// </summary>
internal static partial class TitleBlockRecognizer
{
    private const string Offices = "局长|主任|区长|市长|县长|省长|州长|旗长|镇长|乡长|书记|部长|主席|厅长|处长|主任委员|委员长|总理|院长|检察长|Director|Minister|Mayor|Secretary|Chair|Commissioner|Premier|President|Governor";

    [GeneratedRegex(@"^(By|Prepared by|Presented by|Submitted by|Reported by)\b|(" + Offices + @")|\S\s+\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex PersonLine();

    [GeneratedRegex(@"(" + Offices + @")\s*$")]
    private static partial Regex OfficeAtEnd();

    /// <summary>A line naming a speaker or author: an office, a name after it, or "By …".</summary>
    internal static bool IsPersonLine(string line) => PersonLine().IsMatch(line.Trim());

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})\b")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"^[（(]?\d{4}\s*[年년](\s*\d{1,2}\s*[月월](\s*\d{1,2}\s*[日일])?)?[）)]?$|^\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?$"
        + @"|^(\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)(\s+\d{1,2},?)?\s+\d{4}$")]
    private static partial Regex DateLine();

    /// <summary>A line that is a date alone ("2023年3月28日", "2021년12월09일", "（2023年5月）", "2023-03-31", "December 1998", "28 March 2023").</summary>
    internal static bool IsDateLine(string line) => DateLine().IsMatch(line.Trim());

    public static (Metadata Metadata, List<Candidate> Body) Recognize(List<Candidate> flow, StructureOptions options, Metadata? known = null)
    {
        if (known is not null) return (known.Language.Length > 0 ? known : known with { Language = DetectLanguage(flow, options) }, flow);
        string? title = null, subtitle = null, author = null;
        bool named = false; // the author is a line of personal names
        var titleLines = new List<string>();
        // Document labels over the title ("…会议文件（十）") open the document; the title block follows them.
        int labels = 0;
        while (labels < flow.Count && flow[labels] is ParagraphCandidate l && (l.Role == ParagraphRole.DocumentLabel || ReportConventions.IsDocumentLabel(l.Text.Plain)))
            labels++;
        // Pictures before the title (a logo, a cover picture) are stepped over: the title block follows them.
        int pictures = labels;
        while (pictures < flow.Count && flow[pictures] is FigureCandidate) pictures++;
        // A patent's front page opens with fields ("(19) 대한민국특허청(KR)"): its title is field (54)'s value, the fields stay the body's.
        title = InventionTitle.Of(flow, pictures);
        bool fields = title is not null;
        int taken = pictures;
        while (!fields && taken < flow.Count && taken - pictures < options.MaxTitleBlockLines
               && flow[taken] is ParagraphCandidate p && IsTitleLine(p.Text, options, taken == pictures, author is null && subtitle is null)
               && (taken == pictures || OnPageOf(p.Source, flow[pictures].Source)))
        {
            string text = p.Text.Plain.Trim();
            titleLines.Add(text);
            // A line of names keeps the marks of their affiliations and notes ("Ann Lee†, Bo Jin∗†"): the author is the names.
            if (title is not null && IsPersonNames(text)) text = WithoutNameMarks(text);
            // An agency's name before any title, with only a date, another agency or the body after it (a bulletin whose title
            // is drawn as a picture, not in the text), is its author, never the title; a date under it is no title either
            // (it stays the subtitle, as printed). A company's name over "2018年第一季度报告" is the title's first line.
            if (title is null && IsOrganisations(text) && NoTitleAfter(flow, taken + 1, options)) author = author is null ? text : author + " " + text;
            else if (title is null && !(author is not null && IsDateLine(text))) title = CjkText.RemoveStraySpaces(text);
            else if (IsDashed(text)) subtitle = subtitle is null ? text : CjkText.JoinFragments(subtitle, text);
            // The occasion line wrapped ("——2026年1月26日在…第十四届" / "人民代表大会第五次会议上"): it goes on until the speaker.
            else if (author is null && subtitle is not null && IsDashed(subtitle) && !PersonLine().IsMatch(text) && !IsOccasionComplete(subtitle))
                subtitle = CjkText.JoinFragments(subtitle, text);
            else if (author is null && PersonLine().IsMatch(text)) author = text;
            // Under a line of personal names, a line naming a school or an institute is their affiliation: the body's.
            else if (named && Affiliation().IsMatch(text)) break;
            // Right under the title, names (with an initial, or three or more) or issuing organisations are the byline, no subtitle.
            else if (subtitle is null && (author is null ? IsPersonNames(text) || IsOrganisations(text) : IsByline(text)))
            {
                named |= author is null && IsPersonNames(text);
                author = author is null ? text : named && IsPersonNames(text) ? JoinNames(author, text) : JoinAuthor(author, text);
            }
            // A short line wholly in brackets under the subtitle goes on with it ("제 1 호" / "(임시회)": the sitting's kind).
            else if (author is null && subtitle is not null && !IsDashed(subtitle) && IsBracketed(text)) subtitle = subtitle + " " + text;
            // Under a line of names stand their affiliations, the body's: no subtitle after the authors.
            else if (subtitle is null && !named) subtitle = text;
            // Past title and subtitle only a byline is the author: names, an office, an organisation ("投资要点" is the body's).
            else if (author is null ? IsByline(text) : EndsWithOffice(author) || IsByline(text))
                author = author is null ? text : JoinAuthor(author, text);
            else break;
            taken++;
        }
        string language = DetectLanguage(flow, options);
        var metadata = new Metadata(title, subtitle, author, FindDate(titleLines), language);
        return (metadata, [.. flow.Take(labels).Select(c => (Candidate)((ParagraphCandidate)c with { Role = ParagraphRole.DocumentLabel })),
            .. flow.Skip(labels).Take(pictures - labels), .. flow.Skip(taken)]);
    }

    /// <summary>Whether what follows at <paramref name="next"/> is no title line: a date, an agency, the body, or nothing.</summary>
    private static bool NoTitleAfter(List<Candidate> flow, int next, StructureOptions options) =>
        next >= flow.Count || flow[next] is not ParagraphCandidate p || IsDateLine(p.Text.Plain) || IsOrganisations(p.Text.Plain)
        || StartsBody(p.Text.Plain, options);

    /// <summary>A short line wholly in round brackets, with no bracket inside ("(임시회)", "（草案）").</summary>
    private static bool IsBracketed(string text) =>
        text is ['(' or '（', .. var inner, ')' or '）'] && inner.Length is > 0 and <= 12 && inner.IndexOfAny(['(', ')', '（', '）']) < 0;

    /// <summary>A title block stands on one page: a line on a later page (a chapter line after a contents page) is the body's.</summary>
    private static bool OnPageOf(SourceSpan line, SourceSpan title) => line.Page is null || title.Page is null || line.Page == title.Page;

    [GeneratedRegex(@"^(作者|记者|撰稿|执笔|撰文|编者|Authors?|Written by)\s*[：:]?|(局|厅|委员会|办公室|政府|部|院|所|中心|公司|集团|大学|学院|协会|学会|银行|事务所|Office|Ministry|Department|Agency|Bureau|Institute|University|Council|Commission|Authority)$")]
    private static partial Regex BylineWords();

    /// <summary>
    /// A byline: a person line (an office, "By …"), Chinese names (each opening with a surname), a line naming an author
    /// ("作者：", "记者"), an organisation ("市财政局"), or Latin names (capitalised words without sentence punctuation).
    /// </summary>
    internal static bool IsByline(string line)
    {
        string t = line.Trim().TrimEnd('*', '†', '‡');
        if (t.Length == 0 || t.Length > 80 || Sentences.EndsSentence(t)) return false;
        if (PersonLine().IsMatch(t) || BylineWords().IsMatch(t) || IsOrganisations(t)) return true;
        var names = Regex.Split(t, @"\s*(?:,|，|、|;|；|\band\b)\s*|\s{2,}").Where(n => n.Length > 0).ToList();
        if (CjkText.IsMainlyChinese(t)) return ChineseNames.IsName(t) || names.All(ChineseNames.IsName);
        return !t.Any(char.IsDigit) && t.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words && words.Length is >= 2 and <= 12
               && words.All(w => char.IsUpper(w[0]) || w is "and" or "van" or "von" or "de" or "del" or "da" or "di" or "&" || w.Length <= 3 && !w.Any(char.IsLower));
    }

    [GeneratedRegex(@"^(?:[A-Z]\.)+(?:-[A-Z]\.)?$")]
    private static partial Regex Initials();

    [GeneratedRegex(@"^(?:Jr\.?|Sr\.?|[IVX]{2,4}|(?=(?:[^A-Z]*[A-Z]){2})(?:[A-Z][a-z]{0,2}\.?){2,4})$")]
    private static partial Regex PostNominal();

    /// <summary>A degree or suffix after a name and a comma ("PhD", "MS", "MPH", "Ph.D.", "Jr."): the name's, no name of its own.</summary>
    internal static bool IsPostNominal(string part) => PostNominal().IsMatch(part.Trim());

    [GeneratedRegex(@"(?<=\p{L})[*∗†‡§¶]+")]
    private static partial Regex NameMarks();

    [GeneratedRegex(@"\b(?:University|Universit[éà]|Institute|School|College|Department|Dept\.|Laborator(?:y|ies)|Lab|Center|Centre|Hospital|Academy|Faculty|Division|Agency|Ministry|Bureau|Office|Inc\.?|Ltd\.?|Corporation|Company)\b")]
    private static partial Regex Affiliation();

    /// <summary>A line of names without the marks set after them for affiliations and notes ("Bo Jin∗†‡" is "Bo Jin").</summary>
    internal static string WithoutNameMarks(string line) => NameMarks().Replace(line, "").Trim();

    /// <summary>Two lines of names, each one or more names: one list, parted by "; " where a name carries a degree (", PhD").</summary>
    private static string JoinNames(string above, string below) =>
        above.TrimEnd().TrimEnd(',', ';') + (above.Contains(',') || below.Contains(',') ? "; " : ", ") + below.Trim();

    /// <summary>
    /// A line of personal names in Latin letters: names of two to four words, each capitalised or an initial ("D."),
    /// parted by commas, semicolons, "and" or "&amp;", each maybe marked for a note; with a middle initial somewhere ("Jason D. M. Rennie") or three
    /// names or more, since two capitalised words alone may as well be a subtitle.
    /// </summary>
    internal static bool IsPersonNames(string line)
    {
        string t = line.Trim().TrimEnd('*', '†', '‡', '∗');
        if (t.Length is 0 or > 80 || t.Any(char.IsDigit) || CjkText.IsMainlyChinese(t) || Sentences.EndsSentence(t) && !t.EndsWith('.')) return false;
        var parts = Regex.Split(t, @"\s*(?:,|;|&|\band\b)\s*").Where(n => n.Length > 0).ToList();
        // A degree after a name ("Nora L. Keenan, PhD") belongs to it; a degree first is no name.
        if (parts.Count > 0 && IsPostNominal(parts[0])) return false;
        parts = [.. parts.Where(p => !IsPostNominal(p))];
        bool initial = false;
        foreach (var part in parts)
        {
            // A name may carry its note markers ("Lianwen Jin∗†‡"): they are no part of it.
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('*', '∗', '†', '‡', '§', '¶')).Where(w => w.Length > 0).ToArray();
            if (words.Length is < 2 or > 4 || Initials().IsMatch(words[^1])) return false;
            foreach (var word in words)
            {
                if (Initials().IsMatch(word)) { initial = true; continue; }
                if (!char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') || !word.Any(char.IsLower)) return false;
            }
        }
        return initial || parts.Count >= 3;
    }

    [GeneratedRegex(@"(局|厅|委员会|办公室|政府|部|院|所|中心|公司|集团|大学|学院|协会|学会|银行|事务所|调查队|总队|支队)$")]
    private static partial Regex OrganisationEnd();

    /// <summary>A Korean public body's name ends so: 사무처 (a secretariat), 위원회, 처, 청, 부, 원, 공사, 공단, 재단, 센터, 협회, 본부.</summary>
    [GeneratedRegex(@"(사무처|위원회|처|청|부|원|공사|공단|재단|센터|협회|학회|본부|은행|연구소|대학교)$")]
    private static partial Regex KoreanOrganisationEnd();

    /// <summary>A line of Chinese organisation names, one or more parted by spaces or 、 ("某市统计局 国家统计局某调查队"), or
    /// of Korean ones written in Hangul ("국회사무처", "행정안전부").</summary>
    internal static bool IsOrganisations(string line)
    {
        string t = line.Trim();
        if (t.Length is 0 or > 60 || t.Any(char.IsDigit)) return false;
        var parts = t.Split([' ', '\u3000', '、'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.All(p => p.Length >= 3 && p.All(Scripts.ScriptDetector.IsHangul) && KoreanOrganisationEnd().IsMatch(p))) return true;
        if (!CjkText.IsMainlyChinese(t)) return false;
        return parts.All(p => p.Length >= 3 && p.All(CjkText.IsHan) && OrganisationEnd().IsMatch(p));
    }

    /// <summary>
    /// The speaker's line over two lines: an office, then the name on the next ("国务院总理" / "李　强") are two words and
    /// keep a space between them; any other break inside the line is a wrap, joined as text is.
    /// </summary>
    internal static string JoinAuthor(string author, string next) =>
        EndsWithOffice(author) ? author.TrimEnd() + " " + next.Trim() : CjkText.JoinFragments(author, next);

    /// <summary>A line ending with an office ("国务院总理", "某市人民政府市长"): the name follows.</summary>
    internal static bool EndsWithOffice(string line) => OfficeAtEnd().IsMatch(line);

    /// <summary>
    /// A line of the title block: some text, no footnote reference (metadata holds plain text), and not the body's start.
    /// The title itself may carry a note (a bulletin's "…统计公报[1]" whose note says the figures are preliminary):
    /// the title keeps its text, the note stays a note.
    /// </summary>
    /// A line of names may carry a note too (the corresponding author's "∗"); <paramref name="bylineNext"/>: no author or
    /// subtitle read yet, so such a line is the byline.
    private static bool IsTitleLine(RecoveredText text, StructureOptions options, bool first, bool bylineNext) =>
        text.Plain.Trim().Length > 0 && (first || !(text.Rich?.FootnoteReferences().Any() ?? false) || bylineNext && IsPersonNames(text.Plain))
        && !StartsBody(text.Plain, options);

    /// <summary>An occasion line is complete when it names the meeting ("…会议上", "…会上").</summary>
    private static bool IsOccasionComplete(string occasion) => occasion.TrimEnd().EndsWith('上') || occasion.TrimEnd().EndsWith("讲话", StringComparison.Ordinal);

    /// <summary>A salutation or a full sentence opens the body; so does anything that is not a plain line.</summary>
    public static bool StartsBody(string text, StructureOptions? options = null)
    {
        string t = text.Trim();
        if (IsDashed(t)) return false;
        if (ReportConventions.IsSalutation(t)) return true;
        if ((t.EndsWith('：') || t.EndsWith(':')) && t.Length <= (options ?? StructureOptions.Default).MaxOpeningLineLength) return true;
        return Sentences.EndsSentence(t) || t.Contains('。');
    }

    /// <summary>An occasion line opens with a dash: "——", "――", "--", "–", or the box-drawing rule "──" a font may draw the dash with.</summary>
    private static bool IsDashed(string text) => text.StartsWith('—') || text.StartsWith('―') || text.StartsWith("--", StringComparison.Ordinal) || text.StartsWith('–')
        || text.StartsWith("──", StringComparison.Ordinal);

    public static string? FindDate(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var zh = ChineseDate().Match(line);
            if (zh.Success && TryDate(zh.Groups[1].Value, zh.Groups[2].Value, zh.Groups[3].Value, out var d1)) return d1;
            var en = EnglishDate().Match(line);
            if (!en.Success) continue;
            string day = en.Groups[1].Success ? en.Groups[1].Value : en.Groups[5].Value;
            string month = en.Groups[2].Success ? en.Groups[2].Value : en.Groups[4].Value;
            string year = en.Groups[3].Success ? en.Groups[3].Value : en.Groups[6].Value;
            int monthNumber = DateTime.ParseExact(month, "MMMM", CultureInfo.InvariantCulture).Month;
            if (TryDate(year, monthNumber.ToString(CultureInfo.InvariantCulture), day, out var d2)) return d2;
        }
        return null;
    }

    private static bool TryDate(string year, string month, string day, out string iso)
    {
        iso = "";
        if (!DateTime.TryParseExact($"{DecimalDigits.Value(year):0000}-{DecimalDigits.Value(month):00}-{DecimalDigits.Value(day):00}", "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }

    private static string DetectLanguage(IEnumerable<Candidate> flow, StructureOptions options)
    {
        var sample = string.Concat(flow.Select(c => c switch
        {
            ParagraphCandidate p => p.Text.Plain,
            HeadingCandidate h => h.Title.Plain,
            _ => "",
        }));
        return CjkText.IsMainlyChinese(sample, options.HanWeight) ? "zh-CN" : "en";
    }
}
