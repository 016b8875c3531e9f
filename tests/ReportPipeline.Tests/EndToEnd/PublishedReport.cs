using System.Text.Json;
using ReportPipeline.Tests.Support;

namespace ReportPipeline.Tests.EndToEnd;

/// <summary>
/// A published government report of fixtures/reports/ and what a reader finds in it, written by hand in
/// fixtures/reports/expectations.json from the source text: the outline (levels, labels, titles), every note whole,
/// the glossary's terms and definitions, the salutations standing alone, some leads, the numbered list items.
/// </summary>
public sealed record PublishedReport(string File, string? Title, string? Subtitle, string? Author, ExpectedHeading[] Outline,
    ExpectedNote[] Notes, ExpectedEntry[] Glossary, int Salutations, string[] Leads, int ListItems)
{
    public override string ToString() => File;

    public string Path => System.IO.Path.Combine("reports", File);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<PublishedReport> Load() =>
        JsonSerializer.Deserialize<PublishedReport[]>(System.IO.File.ReadAllText(Repo.Fixture("reports/expectations.json")), Json)!;

    public static TheoryData<PublishedReport> All => [.. Load()];

    /// <summary>The notes a reader reaches from the text: every output shows these as footnotes.</summary>
    public ExpectedNote[] LinkedNotes => [.. Notes.Where(n => n.Referenced)];

    /// <summary>The notes the text never refers to: every output keeps them in the body, under the report's notes heading.</summary>
    public ExpectedNote[] UnlinkedNotes => [.. Notes.Where(n => !n.Referenced)];

    /// <summary>Whether one of the list items holds the note whole, as its text or after its marker.</summary>
    public static bool HoldsNote(IEnumerable<string> items, ExpectedNote note) =>
        items.Select(Squeeze).Any(i => i == Squeeze(note.Text) || i == Squeeze(note.Marker + note.Text));

    /// <summary>Text as every output shows it, whitespace aside (a writer may put a space between label and title).</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

public sealed record ExpectedHeading(int Level, string? Label, string Title)
{
    public string Text => PublishedReport.Squeeze((Label ?? "") + Title);
}

/// <param name="Referenced">False for a note whose marker the text never uses (a statistical communiqué's note whose
/// marker stood in a picture): no footnote, since nothing leads to it, but kept in the body as a list item under the
/// report's notes heading, with a warning.</param>
public sealed record ExpectedNote(string Marker, string Text, bool Referenced = true);

public sealed record ExpectedEntry(string Term, string Definition);
