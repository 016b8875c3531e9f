namespace ReportPipeline.Model;

/// <summary>A recovery decision that could be wrong, with where it was taken.</summary>
/// <param name="Code">A stable identifier, e.g. "footnote-unmatched-marker".</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceSpan? Source)
{
    public override string ToString() =>
        Source is null ? $"{Severity.ToString().ToLowerInvariant()}: {Message} [{Code}]"
                       : $"{Source}: {Severity.ToString().ToLowerInvariant()}: {Message} [{Code}]";
}

public enum DiagnosticSeverity { Info, Warning, Error }
