using ReportPipeline.Model;

namespace ReportPipeline.Writers;

/// <summary>
/// A salutation ("各位代表：", "同志们！", "Dear colleagues:"): a short paragraph without a lead or a note that is
/// one form of address ending in a colon or exclamation mark. Print sets it flush left, without the body's indent.
/// </summary>
public static class Salutation
{
    /// <summary>Longest salutation, in characters ("各位代表、各位政协委员：" is 12).</summary>
    public const int MaxLength = 16;

    private const string Ends = "：:！!";
    private const string Inside = "。；;，,？?：:！!";

    public static bool Is(Paragraph paragraph)
    {
        if (paragraph.HasLead || paragraph.Content.Any(i => i is not Text)) return false;
        string text = paragraph.Content.PlainText().Trim();
        return text.Length is > 1 and <= MaxLength && Ends.Contains(text[^1]) && text[..^1].IndexOfAny(Inside.ToCharArray()) < 0;
    }
}
