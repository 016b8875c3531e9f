using ReportPipeline.Model;

namespace ReportPipeline.Decoding;

/// <summary>
/// One line handed by a line-based decoder (plain text, PDF) to structure recovery: its text and where it came from.
/// The PDF reader has already used the layout (sizes, indents, rulings) to put one paragraph on a line.
/// </summary>
/// <param name="Bold">The whole line is set bold (a layout hint from PDF: a heading without a number, perhaps).</param>
public sealed record SourceLine(string Text, int Number, int? Page = null, bool Bold = false)
{
    public SourceSpan Span => SourceSpan.Line(Number, Page);
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
