using System.Text;

namespace ReportPipeline.Writers;

/// <summary>How the text writers (Markdown, HTML, the parallel page) put their rendered text into the output stream.</summary>
internal static class TextOutput
{
    /// <summary>The text as UTF-8 without a byte-order mark; the stream is left open for the caller.</summary>
    public static void Write(Stream output, string text)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(text);
    }
}
