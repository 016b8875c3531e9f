using ReportPipeline.Writers.Docx;

namespace ReportPipeline.Cli;

/// <summary>Loads <c>--reference-docx</c>: one line and no conversion when it is unreadable; a warning per style it lacks.</summary>
internal static class ReferenceTemplate
{
    public static ReferenceDocx? Load(string path, TextWriter stderr)
    {
        ReferenceDocx template;
        try { template = ReferenceDocx.Load(File.ReadAllBytes(path)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"reportpipeline: error: {path}: {e.Message}");
            return null;
        }
        var missing = template.MissingStyles("zh-CN").Union(template.MissingStyles("en")).ToList();
        if (missing.Count > 0)
            stderr.WriteLine($"reportpipeline: warning: {path}: has no style {string.Join(", ", missing)}; the house style's is added where used");
        return template;
    }
}
