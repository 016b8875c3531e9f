using ReportPipeline.Decoding;

namespace ReportPipeline.Pipeline;

/// <summary>One input and where its outputs go: <c>OutputStem.md</c>, <c>OutputStem.html</c>, ….</summary>
public sealed record ConversionJob(string Input, string OutputStem);

/// <summary>An input that cannot be converted before anything is read (an empty folder, a name clash).</summary>
public sealed record PlanError(string Input, string Problem);

/// <summary>
/// Turns command-line paths into jobs. A folder is searched recursively for files of the supported extensions and
/// its sub-folders are mirrored under the output folder (see <see cref="FolderWalk"/> for what the walk skips).
/// Outputs are named after the input without its extension; where two inputs share that name (report.pdf and
/// report.docx side by side) each keeps its extension (report.pdf.md, report.docx.md); inputs that would still write
/// the same outputs are refused, never overwritten. Names differing only in case clash only where the output
/// file system says so. When outputs go into the folder being searched, the files a search input would write there
/// are not inputs themselves, so running again finds the same inputs.
/// </summary>
public static class ConversionPlan
{
    public static (IReadOnlyList<ConversionJob> Jobs, IReadOnlyList<PlanError> Errors) Make(IEnumerable<string> inputs, string outputDirectory,
        Budgets? budgets = null)
    {
        budgets ??= Budgets.Current;
        var found = new List<(string Input, string Folder, string Name)>();
        var errors = new List<PlanError>();
        var extensions = ReportConverter.SupportedExtensions.ToHashSet();
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input))
            {
                found.Add((input, outputDirectory, Path.GetFileName(input)));
                continue;
            }
            List<string> files;
            try { files = FolderWalk.Reports(input, outputDirectory, extensions, budgets); }
            catch (Exception e) when (e is ReportReadException or IOException or UnauthorizedAccessException)
            {
                errors.Add(new PlanError(input, e.Message));
                continue;
            }
            if (files.Count == 0)
                errors.Add(new PlanError(input, $"the folder holds no reports ({string.Join(", ", ReportConverter.SupportedExtensions)})"));
            foreach (var file in files)
            {
                string relative = Path.GetRelativePath(input, file);
                found.Add((file, Path.Combine(outputDirectory, Path.GetDirectoryName(relative) ?? ""), Path.GetFileName(relative)));
            }
        }
        found = WithoutOwnOutputs(found);

        var names = OutputNames.Comparer(outputDirectory);
        string Plain((string Input, string Folder, string Name) f) => Path.Combine(f.Folder, Path.GetFileNameWithoutExtension(f.Name));
        var shared = found.GroupBy(Plain, names).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(names);
        var jobs = new List<ConversionJob>();
        var claimed = new Dictionary<string, string>(names);
        foreach (var f in found)
        {
            string stem = shared.Contains(Plain(f)) ? Path.Combine(f.Folder, f.Name) : Plain(f);
            if (OutputNames.TooLong(stem))
                errors.Add(new PlanError(f.Input, $"its output names would be longer than the file system allows ({OutputNames.MaxNameBytes} bytes)"));
            else if (claimed.TryGetValue(stem, out var other))
                errors.Add(new PlanError(f.Input, $"its outputs would overwrite those of {other}"));
            else
            {
                claimed[stem] = f.Input;
                jobs.Add(new ConversionJob(f.Input, stem));
            }
        }
        return (jobs, errors);
    }

    /// <summary>
    /// Drops a file found in the folder its outputs go to when another input there would write it (report.md beside
    /// report.txt), unless each would write the other (report.md beside report.html: both are kept).
    /// </summary>
    private static List<(string Input, string Folder, string Name)> WithoutOwnOutputs(List<(string Input, string Folder, string Name)> found)
    {
        static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var inPlace = found.Where(f => Full(Path.GetDirectoryName(Path.GetFullPath(f.Input))!) == Full(f.Folder)).ToList();
        if (inPlace.Count == 0) return found;
        var byFolder = inPlace.ToLookup(f => Full(f.Folder));
        return found.Where(f => !inPlace.Contains(f)
            || !byFolder[Full(f.Folder)].Any(g => g != f && Writes(g, f.Name) && !Writes(f, g.Name))).ToList();
    }

    private static bool Writes((string Input, string Folder, string Name) input, string name) =>
        ReportConverter.AllWriters.Any(w => name == Path.GetFileNameWithoutExtension(input.Name) + "." + w.Format || name == input.Name + "." + w.Format);
}
