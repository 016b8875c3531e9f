namespace ReportPipeline.Pipeline;

/// <summary>One input and where its outputs go: <c>OutputStem.md</c>, <c>OutputStem.html</c>, ….</summary>
public sealed record ConversionJob(string Input, string OutputStem);

/// <summary>An input that cannot be converted before anything is read (an empty folder, a name clash).</summary>
public sealed record PlanError(string Input, string Problem);

/// <summary>
/// Turns command-line paths into jobs. A folder is searched recursively for files of the supported extensions and
/// its sub-folders are mirrored under the output folder. Outputs are named after the input without its extension;
/// where two inputs share that name (report.pdf and report.docx side by side) each keeps its extension
/// (report.pdf.md, report.docx.md); inputs that would still write the same outputs are refused, never overwritten.
/// </summary>
public static class ConversionPlan
{
    public static (IReadOnlyList<ConversionJob> Jobs, IReadOnlyList<PlanError> Errors) Make(IEnumerable<string> inputs, string outputDirectory)
    {
        var found = new List<(string Input, string Folder, string Name)>();
        var errors = new List<PlanError>();
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input))
            {
                found.Add((input, outputDirectory, Path.GetFileName(input)));
                continue;
            }
            var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(f => ReportConverter.SupportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
                errors.Add(new PlanError(input, $"the folder holds no reports ({string.Join(", ", ReportConverter.SupportedExtensions)})"));
            foreach (var file in files)
            {
                string relative = Path.GetRelativePath(input, file);
                found.Add((file, Path.Combine(outputDirectory, Path.GetDirectoryName(relative) ?? ""), Path.GetFileName(relative)));
            }
        }

        string Plain((string Input, string Folder, string Name) f) => Path.Combine(f.Folder, Path.GetFileNameWithoutExtension(f.Name));
        var shared = found.GroupBy(Plain, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var jobs = new List<ConversionJob>();
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in found)
        {
            string stem = shared.Contains(Plain(f)) ? Path.Combine(f.Folder, f.Name) : Plain(f);
            if (claimed.TryGetValue(stem, out var other))
                errors.Add(new PlanError(f.Input, $"its outputs would overwrite those of {other}"));
            else
            {
                claimed[stem] = f.Input;
                jobs.Add(new ConversionJob(f.Input, stem));
            }
        }
        return (jobs, errors);
    }
}
