using ReportPipeline.Decoding;

namespace ReportPipeline.Pipeline;

/// <summary>
/// The report files under a folder, sorted. Symbolic links to folders are not followed (so no link loop can make
/// the walk endless or list a file twice); the output folder, when it lies inside, is skipped with all below it;
/// hidden entries (our own staged files among them) are skipped; the walk stops at the files-per-walk budget.
/// </summary>
internal static class FolderWalk
{
    public static List<string> Reports(string root, string outputDirectory, IReadOnlySet<string> extensions, Budgets budgets)
    {
        string output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        string start = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var found = new List<string>();
        var pending = new Stack<string>([start]);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden, ReturnSpecialDirectories = false,
        };
        while (pending.Count > 0)
        {
            string folder = pending.Pop();
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
            {
                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget is null && !PathsEqual(sub.FullName, output)) pending.Push(sub.FullName);
                    continue;
                }
                if (!extensions.Contains(Path.GetExtension(entry.Name).ToLowerInvariant())) continue;
                if (found.Count >= budgets.MaxFilesPerWalk)
                    throw Budgets.Exceeded($"the folder holds more than {budgets.MaxFilesPerWalk:N0} reports", nameof(budgets.MaxFilesPerWalk), budgets.MaxFilesPerWalk);
                found.Add(entry.FullName);
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static bool PathsEqual(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
