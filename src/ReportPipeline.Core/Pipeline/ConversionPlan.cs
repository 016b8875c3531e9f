namespace ReportPipeline.Pipeline;

/// <summary>One input and where its outputs go: <c>OutputStem.md</c>, <c>OutputStem.html</c>, ….</summary>
public sealed record ConversionJob(string Input, string OutputStem);

/// <summary>An input that cannot be converted before anything is read (an empty folder, a name clash).</summary>
public sealed record PlanError(string Input, string Problem);

/// <summary>
/// Turns command-line paths into jobs. A folder is searched recursively for files of the supported extensions
/// and its sub-folders are mirrored under the output folder, so two reports with the same name never collide;
/// two inputs that would still write the same outputs are refused rather than overwrite each other.
/// </summary>
public static class ConversionPlan
{
    public static (IReadOnlyList<ConversionJob> Jobs, IReadOnlyList<PlanError> Errors) Make(IEnumerable<string> inputs, string outputDirectory)
    {
        var jobs = new List<ConversionJob>();
        var errors = new List<PlanError>();
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(string input, string stem)
        {
            if (claimed.TryGetValue(stem, out var other))
                errors.Add(new PlanError(input, $"its outputs would overwrite those of {other}"));
            else
            {
                claimed[stem] = input;
                jobs.Add(new ConversionJob(input, stem));
            }
        }

        foreach (var input in inputs)
        {
            if (!Directory.Exists(input))
            {
                Add(input, Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(input)));
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
                Add(file, Path.Combine(outputDirectory, Path.GetDirectoryName(relative) ?? "", Path.GetFileNameWithoutExtension(relative)));
            }
        }
        return (jobs, errors);
    }
}
