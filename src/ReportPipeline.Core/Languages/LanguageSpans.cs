using System.Text.RegularExpressions;
using ReportPipeline.Model;
using ReportPipeline.Scripts;

namespace ReportPipeline.Languages;

/// <summary>
/// Marks runs in another script than their block's language: a Latin run of <see cref="LanguageOptions.MinimumSpanWords"/>
/// words or more in CJK text ("World Bank"), a CJK run in English text. Digits, units and punctuation between words
/// stay inside a run; at its edges they stay outside. Existing spans (stated by the source) are kept as they are.
/// </summary>
public sealed partial class LanguageSpans(LanguageOptions options, LanguageClassifier classifier)
{
    private const string Letter = @"A-Za-z\u00C0-\u024F";

    [GeneratedRegex($@"[{Letter}][{Letter}0-9'’\-]*(?:[ \t,.:;&/'’\-–0-9%]+[{Letter}][{Letter}0-9'’\-]*)*")]
    private static partial Regex LatinRun();

    [GeneratedRegex($@"[{Letter}][{Letter}0-9'’\-]*")]
    private static partial Regex LatinWord();

    public ValueList<Inline> Mark(ValueList<Inline> inlines, string language)
    {
        if (!inlines.Any(NeedsLook)) return inlines;
        var result = new List<Inline>(inlines.Count + 2);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Model.Text t: result.AddRange(Split(t.Value, language)); break;
                case Strong s: result.Add(new Strong(Mark(s.Content, language))); break;
                case Emphasis e: result.Add(new Emphasis(Mark(e.Content, language))); break;
                default: result.Add(inline); break;
            }
        }
        return result.ToValueList();
    }

    private static bool NeedsLook(Inline inline) => inline is Model.Text or Strong or Emphasis;

    private IEnumerable<Inline> Split(string text, string language)
    {
        var runs = LanguageTags.IsCjk(language) ? LatinRuns(text) : CjkRuns(text, language);
        int position = 0;
        foreach (var (start, length, tag) in runs)
        {
            if (start > position) yield return new Model.Text(text[position..start]);
            yield return new LanguageSpan(tag, [new Model.Text(text.Substring(start, length))]);
            position = start + length;
        }
        if (position == 0) { yield return new Model.Text(text); yield break; }
        if (position < text.Length) yield return new Model.Text(text[position..]);
    }

    private IEnumerable<(int Start, int Length, string Language)> LatinRuns(string text)
    {
        if (ScriptDetector.Count(text).Latin == 0) yield break;
        foreach (Match run in LatinRun().Matches(text))
            if (LatinWord().Count(run.Value) >= options.MinimumSpanWords)
                yield return (run.Index, run.Length, options.LatinTag);
    }

    private IEnumerable<(int Start, int Length, string Language)> CjkRuns(string text, string language)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!ScriptDetector.IsCjk(text[i])) { i++; continue; }
            int start = i, end = i + 1;
            for (int j = i + 1; j < text.Length; j++)
            {
                char c = text[j];
                if (ScriptDetector.IsCjk(c)) end = j + 1;
                else if (!IsCjkNeutral(c)) break;
            }
            var counts = ScriptDetector.Count(text[start..end]);
            if (counts.Cjk >= options.MinimumSpanCjkCharacters)
            {
                string tag = classifier.CjkLanguage(counts);
                if (!LanguageTags.SameFamily(tag, language)) yield return (start, end - start, tag);
            }
            i = end;
        }
    }

    /// <summary>Full-width punctuation, spaces and digits that continue a CJK run.</summary>
    private static bool IsCjkNeutral(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFF65' or ' ' or (>= '0' and <= '9') or '“' or '”' or '·' or '—';
}
