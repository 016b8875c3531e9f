using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// Where a document's hyperlinks go: w:hyperlink r:id through the part's relationships to an address, w:anchor
/// and HYPERLINK \l fields to a bookmark; and which bookmarks are the target of some link (only those are kept as anchors).
/// </summary>
internal sealed class DocxLinks
{
    private readonly Dictionary<string, string> addresses;

    public HashSet<string> LinkedBookmarks { get; }

    public DocxLinks(OpenXmlPart part, OpenXmlElement root)
    {
        addresses = part.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.OriginalString);
        LinkedBookmarks = [.. root.Descendants<Hyperlink>().Select(h => h.Anchor?.Value).OfType<string>(),
            .. root.Descendants<FieldCode>().Select(f => FieldTarget(f.Text)).Where(t => t?.StartsWith('#') == true).Select(t => t![1..])];
    }

    public static readonly DocxLinks None = new();

    private DocxLinks()
    {
        addresses = [];
        LinkedBookmarks = [];
    }

    /// <summary>The target of a w:hyperlink: its address (with any anchor after "#"), or "#bookmark"; null when it leads nowhere.</summary>
    public string? TargetOf(Hyperlink link)
    {
        string? address = link.Id?.Value is { } id && addresses.TryGetValue(id, out var uri) ? uri : null;
        string? anchor = link.Anchor?.Value;
        if (address is null) return anchor is null ? null : "#" + anchor;
        return anchor is null ? address : address + "#" + anchor;
    }

    /// <summary>The target of a HYPERLINK field instruction ("HYPERLINK \"https://…\"", "HYPERLINK \l \"_Toc1\""), or null.</summary>
    public static string? FieldTarget(string? instruction)
    {
        if (instruction is null) return null;
        var words = Words(instruction);
        if (words.Count == 0 || !words[0].Equals("HYPERLINK", StringComparison.OrdinalIgnoreCase)) return null;
        string? address = null, anchor = null;
        for (int i = 1; i < words.Count; i++)
        {
            if (words[i] == "\\l" && i + 1 < words.Count) anchor = words[++i];
            else if (words[i] is "\\o" or "\\t" && i + 1 < words.Count) i++;
            else if (!words[i].StartsWith('\\')) address ??= words[i];
        }
        if (address is null) return anchor is null ? null : "#" + anchor;
        return anchor is null ? address : address + "#" + anchor;
    }

    /// <summary>A field instruction's words; quoted strings are one word.</summary>
    public static List<string> Words(string instruction)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in instruction)
        {
            if (c == '"') { quoted = !quoted; continue; }
            if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}
