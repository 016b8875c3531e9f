namespace ReportPipeline.Model;

/// <summary>
/// A picture with its caption. The image's bytes are kept once in the document's <see cref="ResourceStore"/>,
/// under <paramref name="Image"/> (its content hash), so the same picture used twice is stored once.
/// </summary>
/// <param name="Image">Key of the image in <see cref="ReportDocument.Resources"/>.</param>
/// <param name="AltText">The description the source gave for readers who cannot see it; empty when none.</param>
/// <param name="Caption">The caption ("图1 …", "Figure 1. …"), empty when none.</param>
/// <param name="Size">The size the source displays it at, when stated.</param>
public sealed record Figure(string Image, string AltText, ValueList<Inline> Caption, ImageSize? Size, SourceSpan Source) : Block(Source);

/// <summary>A displayed size in CSS pixels (96 per inch); Word's EMU convert at 9525 per pixel.</summary>
public sealed record ImageSize(int Width, int Height)
{
    public const long EmuPerPixel = 9525;

    public static ImageSize FromEmu(long width, long height) =>
        new((int)Math.Round(width / (double)EmuPerPixel), (int)Math.Round(height / (double)EmuPerPixel));

    public long WidthEmu => Width * EmuPerPixel;
    public long HeightEmu => Height * EmuPerPixel;
}
