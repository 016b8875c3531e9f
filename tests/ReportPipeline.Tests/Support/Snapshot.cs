using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ReportPipeline.Tests.Support;

/// <summary>
/// Snapshot testing with Verify's conventions: the accepted output lives beside the tests as
/// <c>Name.verified.ext</c>; a mismatch writes <c>Name.received.ext</c> and fails with a readable diff.
/// Setting <c>VERIFY_ACCEPT=1</c> accepts the received output instead (a test fails if that is left on in CI).
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "VERIFY_ACCEPT";

    public static bool AcceptMode => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    public static void Verify(string name, string extension, string received)
    {
        received = received.Replace("\r\n", "\n");
        string verifiedPath = System.IO.Path.Combine(Repo.SnapshotDirectory, $"{name}.verified.{extension}");
        string receivedPath = System.IO.Path.Combine(Repo.SnapshotDirectory, $"{name}.received.{extension}");
        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }
        if (AcceptMode)
        {
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        Assert.Fail(verified is null
            ? $"No verified snapshot yet: review {receivedPath}, then rename it to {System.IO.Path.GetFileName(verifiedPath)} or run with {AcceptVariable}=1."
            : $"Snapshot {name}.{extension} differs (received file written to {receivedPath}; accept with {AcceptVariable}=1):\n{Diff(verified, received)}");
    }

    /// <summary>A unified-style diff of the changed lines with two lines of context, at most 80 lines.</summary>
    public static string Diff(string verified, string received)
    {
        var diff = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false);
        var lines = diff.Lines;
        var keep = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
            if (lines[i].Type != ChangeType.Unchanged)
                for (int j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++) keep[j] = true;
        var sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < lines.Count && shown < 80; i++)
        {
            if (!keep[i]) continue;
            string prefix = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            sb.Append(prefix).Append(lines[i].Position?.ToString() ?? "").Append(": ").AppendLine(lines[i].Text);
            shown++;
        }
        return sb.ToString();
    }
}
