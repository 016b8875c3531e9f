namespace ReportPipeline.Alignment;

/// <summary>Two files that cannot be aligned as editions of one report (both in the same language).</summary>
public sealed class EditionMismatchException(string message) : Exception(message);
