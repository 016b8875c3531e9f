using ReportPipeline.Structure;
using System.Text.RegularExpressions;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// The label opening a numbered paragraph as a sequence: its form ("(n)", "n.", "n)", "（n）", with a number or a single
/// letter; a full-width letter and a space, "ａ "…) and its value, so that the label following it can be told ("(2)" follows "(1)", "b)" follows "a)").
/// </summary>
internal sealed partial record SequenceLabel(string Form, bool Letter, int Value)
{
    [GeneratedRegex(@"^\s*(?<open>[(（]?)(?:(?<n>\d{1,3})|(?<a>[a-z]))(?<close>[)）.．])(?:\s|(?<=[)）．])(?!\d))")]
    private static partial Regex Label();

    /// <summary>A full-width letter set apart from its text ("ａ ねじ止め端子…", "ｂ …"): Japanese items are lettered so.</summary>
    [GeneratedRegex(@"^\s*(?<a>[ａ-ｚ])[ \u3000]")]
    private static partial Regex WideLetter();

    public static SequenceLabel? Of(string text)
    {
        if (WideLetter().Match(text) is { Success: true } wide) return new SequenceLabel("ａ", true, wide.Groups["a"].Value[0] - 'ａ' + 1);
        var m = Label().Match(text + " ");
        if (!m.Success) return null;
        string open = m.Groups["open"].Value, close = m.Groups["close"].Value;
        if (open.Length > 0 && close is not (")" or "）")) return null; // "(1." opens a bracket it never closes: no label
        bool letter = m.Groups["a"].Success;
        int value = letter ? m.Groups["a"].Value[0] - 'a' + 1 : DecimalDigits.Value(m.Groups["n"].Value);
        return new SequenceLabel(Normalize(open) + Normalize(close), letter, value);
    }

    public bool Follows(SequenceLabel previous) => Form == previous.Form && Letter == previous.Letter && Value == previous.Value + 1;

    private static string Normalize(string bracket) => bracket switch { "（" => "(", "）" => ")", "．" => ".", _ => bracket };
}
