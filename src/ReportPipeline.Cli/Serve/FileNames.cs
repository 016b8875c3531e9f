using System.Text;
using System.Text.RegularExpressions;

namespace ReportPipeline.Cli.Serve;

/// <summary>
/// A client's file name is shown, never used as a path: the display name keeps only the last path segment without
/// control characters, and the stored file gets the server's own name plus the extension when it is a plain one.
/// </summary>
public static partial class FileNames
{
    public const int MaxDisplayLength = 120;

    public static string Display(string? clientName)
    {
        string name = (clientName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var clean = new StringBuilder();
        foreach (char c in name.Normalize(NormalizationForm.FormC))
            if (!char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')) clean.Append(c);
        name = clean.ToString().Trim().Trim('.');
        if (name.Length > MaxDisplayLength) name = name[..MaxDisplayLength];
        return name.Length == 0 ? "report" : name;
    }

    /// <summary>The extension to store a file with: lower-case letters and digits only, else none.</summary>
    public static string StoredExtension(string displayName) =>
        PlainExtension().IsMatch(Path.GetExtension(displayName)) ? Path.GetExtension(displayName).ToLowerInvariant() : "";

    /// <summary>A new id for an upload or a client: 128 random bits as hex.</summary>
    public static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public static bool IsId(string? value) => value is { Length: 32 } && value.All(char.IsAsciiHexDigitLower);

    [GeneratedRegex(@"^\.[A-Za-z0-9]{1,10}$")]
    private static partial Regex PlainExtension();
}
