using ReportPipeline.Model;

namespace ReportPipeline.Writers;

/// <summary>
/// A salutation ("各位代表：", "同志们！", "Dear colleagues:"): a short paragraph without a lead or a note that is
/// form of address (or a list of them) ending in a colon or exclamation mark. Print sets it flush left, without the
/// body's indent.
/// </summary>
public static class Salutation
{
    /// <summary>Longest salutation, in characters ("各位代表、各位政协委员和列席会议的同志们：" is 21).</summary>
    public const int MaxLength = 24;

    private const string Ends = "：:！!";
    /// <summary>Marks that end a sentence or clause: a salutation holds none before its end (it may list addressees with "、" and "，").</summary>
    private const string Inside = "。；;？?：:！!";

    public static bool Is(Paragraph paragraph)
    {
        if (paragraph.HasLead || paragraph.Content.Any(i => i is not Text)) return false;
        string text = paragraph.Content.PlainText().Trim();
        return text.Length is > 1 and <= MaxLength && Ends.Contains(text[^1]) && text[..^1].IndexOfAny(Inside.ToCharArray()) < 0;
    }
}
