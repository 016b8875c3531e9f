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
        if (MissingStylesWarning(path, template) is { } warning) stderr.WriteLine($"reportpipeline: warning: {warning}");
        return template;
    }

    /// <summary>"FILE: has no style …" when the template lacks styles the writer uses; null when it has them all.</summary>
    public static string? MissingStylesWarning(string name, ReferenceDocx template)
    {
        var missing = template.MissingStyles("zh-CN").Union(template.MissingStyles("en")).ToList();
        return missing.Count == 0 ? null : $"{name}: has no style {string.Join(", ", missing)}; the house style's is added where used";
    }
}
