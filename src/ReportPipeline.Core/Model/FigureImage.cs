namespace ReportPipeline.Model;

/// <summary>One picture of a <see cref="Figure"/>.</summary>
/// <param name="Key">Key of the image in <see cref="ReportDocument.Resources"/>; never empty.</param>
/// <param name="AltText">The description the source gave for readers who cannot see it; empty when none.</param>
/// <param name="Size">The size the source displays it at, when stated.</param>
public sealed record FigureImage(string Key, string AltText, ImageSize? Size);
