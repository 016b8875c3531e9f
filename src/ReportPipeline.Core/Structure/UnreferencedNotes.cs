using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>
/// Notes the text never refers to (a statistical communiqué's notes whose markers stood in pictures) are no footnotes:
/// nothing in the text leads to them, and Word or Markdown have nowhere to show a footnote without a reference. They
/// stay in the body where the report gathered them: its notes heading as written ("注释"), then the notes as a list —
/// numbered when their numbers run 1, 2, 3…, else each item opening with its marker as written. Each keeps the linker's
/// "footnote-unreferenced" warning. Referenced notes stay footnotes, and so do notes of no notes zone (a page's foot
/// note, a PDF's), which have no place in the body to go to.
/// </summary>
internal static class UnreferencedNotes
{
    public static (List<Block> Blocks, List<Footnote> Footnotes) Place(List<Block> blocks, IReadOnlyList<FootnoteCandidate> definitions,
        List<Footnote> footnotes, Func<string, bool> isReferenced, IReadOnlyList<NotesZone> zones)
    {
        var kept = new List<Footnote>(footnotes.Count);
        var groups = new Dictionary<int, List<(FootnoteCandidate Definition, Footnote Note)>>(); // zone index → its notes
        for (int i = 0; i < footnotes.Count; i++)
        {
            int zone = ZoneOf(definitions[i].Source, zones);
            if (zone < 0 || isReferenced(footnotes[i].Id)) { kept.Add(footnotes[i]); continue; }
            if (!groups.TryGetValue(zone, out var group)) groups[zone] = group = [];
            group.Add((definitions[i], footnotes[i]));
        }
        if (groups.Count == 0) return (blocks, footnotes);

        var result = new List<Block>(blocks);
        // Later zones first, so an insertion does not move the places of earlier ones.
        foreach (var (zone, notes) in groups.OrderByDescending(g => g.Key))
        {
            var at = zones[zone].Source;
            var section = Section(zones[zone].Title, at, notes);
            int index = result.FindIndex(b => b.Source.StartLine > at.StartLine && b is not Paragraph { IsDocumentLabel: true }); // labels stay first
            if (index < 0) result.AddRange(section); else result.InsertRange(index, section);
        }
        return (result, kept);
    }

    /// <summary>The last notes zone that opens at or before the note; -1 when none does (or the format has no lines).</summary>
    private static int ZoneOf(SourceSpan note, IReadOnlyList<NotesZone> zones)
    {
        int found = -1;
        for (int z = 0; z < zones.Count; z++)
            if (note.StartLine > 0 && zones[z].Source.StartLine <= note.StartLine) found = z;
        return found;
    }

    private static Block[] Section(string title, SourceSpan at, List<(FootnoteCandidate Definition, Footnote Note)> notes)
    {
        bool numbered = notes.Select((n, i) => n.Definition.Number == i + 1).All(x => x);
        var items = notes.Select(n => new ListItem(numbered ? n.Note.Content
            : [new Text(n.Note.Marker + " "), .. n.Note.Content])).ToValueList();
        var source = notes[0].Definition.Source.Through(notes[^1].Definition.Source);
        return [new Heading(1, null, [new Text(title)], at), new ListBlock(numbered, items, source)];
    }
}
