namespace ReportPipeline.Model;

/// <summary>
/// Pictures under one caption: a single picture, or several shown together (photographs in a grid, the panels of a
/// chart drawn as separate images) that the page captions once. Each image's bytes are kept once in the document's
/// <see cref="ResourceStore"/>, under its key (its content hash), so the same picture used twice is stored once. A
/// figure may keep no image at all (a chart drawn with paths in a PDF): its caption then stands for it.
/// </summary>
/// <param name="Images">The pictures, in reading order; empty when the source's picture could not be kept.</param>
/// <param name="Caption">The caption ("图1 …", "Figure 1. …"), empty when none.</param>
public sealed record Figure(ValueList<FigureImage> Images, ValueList<Inline> Caption, SourceSpan Source) : Block(Source)
{
    /// <summary>A figure of one picture (none when <paramref name="image"/> is empty).</summary>
    public Figure(string image, string altText, ValueList<Inline> caption, ImageSize? size, SourceSpan source)
        : this(image.Length == 0 ? ValueList<FigureImage>.Empty : [new FigureImage(image, altText, size)], caption, source) { }
}

/// <summary>A displayed size in CSS pixels (96 per inch); Word's EMU convert at 9525 per pixel.</summary>
public sealed record ImageSize(int Width, int Height)
{
    public const long EmuPerPixel = 9525;

    public static ImageSize FromEmu(long width, long height) =>
        new((int)Math.Round(width / (double)EmuPerPixel), (int)Math.Round(height / (double)EmuPerPixel));

    public long WidthEmu => Width * EmuPerPixel;
    public long HeightEmu => Height * EmuPerPixel;
}
