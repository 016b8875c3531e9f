namespace ReportPipeline.Structure;

/// <summary>
/// The value of a run of decimal digits as a regular expression's <c>\d</c> finds them: ASCII, full-width ("２０２６",
/// set by Chinese and Japanese typesetting) or any other script's decimal digits. <c>int.Parse</c> takes ASCII only and
/// throws on the others, so every number read out of a <c>\d</c> match goes through here.
/// </summary>
public static class DecimalDigits
{
    /// <summary>The number the digits write; <c>int.MaxValue</c> when it is larger. Characters that are no decimal digit count as 0.</summary>
    public static int Value(ReadOnlySpan<char> digits)
    {
        long n = 0;
        foreach (char c in digits)
        {
            int d = char.IsDigit(c) ? (int)char.GetNumericValue(c) : 0;
            n = Math.Min(n * 10 + Math.Max(d, 0), int.MaxValue);
        }
        return (int)n;
    }
}
