namespace ReportPipeline.Model;

/// <summary>Where a node came from: 1-based lines of the decoded text, and the page where the format has pages.</summary>
public sealed record SourceSpan(int StartLine, int EndLine, int? Page = null)
{
    public static SourceSpan Line(int line, int? page = null) => new(line, line, page);

    public SourceSpan Through(SourceSpan other) =>
        new(Math.Min(StartLine, other.StartLine), Math.Max(EndLine, other.EndLine), Page ?? other.Page);

    public override string ToString() => StartLine == EndLine ? $"line {StartLine}" : $"lines {StartLine}-{EndLine}";
}
