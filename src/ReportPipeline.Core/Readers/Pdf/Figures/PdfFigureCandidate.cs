using ReportPipeline.Structure;

namespace ReportPipeline.Readers.Pdf;

/// <summary>A figure of the page flow handed to recovery: its images (none when it keeps no picture), caption and place.</summary>
internal static class PdfFigureCandidate
{
    public static FigureCandidate Build(FlowFigure figure, Func<PdfMarker, string?> resolve)
    {
        RecoveredText? caption = figure.Caption is { Lines: { Count: > 0 } lines } p
            ? RecoveredText.FromInlines(PdfInlines.Build(PdfStyledText.Join(lines, p.Hyphenated).WithoutStraySpaces().Trim(), resolve)).Trim()
            : null;
        return new FigureCandidate(figure.Images, caption, Model.SourceSpan.OnPage(figure.Page, figure.Region.Box));
    }
}
