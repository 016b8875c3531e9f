using ReportPipeline.Model;

namespace ReportPipeline.Decoding;

/// <summary>
/// One line handed by a format decoder to structure recovery: its text, where it came from, and what the
/// layout said about it. Plain text has no hints; PDF and Word decoders fill them.
/// </summary>
public sealed record SourceLine(string Text, int Number, int? Page = null, LineHints? Hints = null)
{
    public SourceSpan Span => SourceSpan.Line(Number, Page);
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

/// <param name="Bold">The whole line is set bold.</param>
/// <param name="FontSize">Font size in points.</param>
/// <param name="Centered">The line is centred on the page.</param>
public sealed record LineHints(bool Bold = false, double? FontSize = null, bool Centered = false);
