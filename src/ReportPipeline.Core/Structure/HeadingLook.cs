namespace ReportPipeline.Structure;

/// <summary>
/// How a heading found by its formatting is set, where the layout says so (a PDF): its size (to half a point), whether it
/// is written in capitals, set in italic, or set in from the column's left edge. Unnumbered headings rank by their look as
/// numbered ones rank by their scheme (<see cref="HeadingLevels"/>): a report that sets its sections in capitals, their
/// parts in bold and the parts' parts in bold italic has three levels, whatever order the sizes run in.
/// </summary>
internal sealed record HeadingLook(double Size, bool Capitals, bool Italic, bool SetIn)
{
    /// <summary>The look of a heading's text set at <paramref name="size"/>, italic or not, set in or not.</summary>
    public static HeadingLook Of(string text, double size, bool italic, bool setIn) =>
        new(Math.Round(size * 2) / 2, text.Any(char.IsLetter) && text.Where(char.IsLetter).All(c => !char.IsLower(c)) && text.Any(char.IsUpper), italic, setIn);
}
