using ReportPipeline.Alignment;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.Alignment;

/// <summary>Pairs written by hand in a fixture's <c>.pairs.tsv</c>: kind, the start of the original, the start of the translation.</summary>
public sealed record ExpectedPair(string Kind, string Original, string Translation)
{
    public static IReadOnlyList<ExpectedPair> Load(string name) =>
        File.ReadAllLines(Repo.Fixture(name))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new ExpectedPair(f[0], f[1], f[2]))
            .ToList();

    /// <summary>The alignment pairs this original with this translation (a merge counts when it holds both).</summary>
    public bool FoundIn(EditionAlignment alignment) => alignment.Pairs.Any(p =>
        p.Original.Any(u => Normal(u.Text).StartsWith(Normal(Original), StringComparison.Ordinal))
        && p.Translation.Any(u => Normal(u.Text).StartsWith(Normal(Translation), StringComparison.Ordinal)));

    private static string Normal(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
