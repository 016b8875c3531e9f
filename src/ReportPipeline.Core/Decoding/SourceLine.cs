using ReportPipeline.Model;

namespace ReportPipeline.Decoding;

/// <summary>
/// One line handed by a line-based decoder (plain text, PDF) to structure recovery: its text and where it came from.
/// The PDF reader has already used the layout (sizes, indents, rulings) to put one paragraph on a line.
/// </summary>
public sealed record SourceLine(string Text, int Number, int? Page = null)
{
    public SourceSpan Span => SourceSpan.Line(Number, Page);
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
