using ReportPipeline.Alignment;

namespace ReportPipeline.Writers.Parallel;

/// <summary>Writes an alignment of two editions in one format.</summary>
public interface IAlignmentWriter
{
    /// <summary>What follows the original's name in the output file's name: ".parallel.html", ".tmx"…</summary>
    string Suffix { get; }

    void Write(EditionAlignment alignment, Stream output);
}
