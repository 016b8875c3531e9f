using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// Notes the text never refers to (a statistical communiqué's notes whose markers stood in pictures) are no footnotes:
/// nothing in the text leads to them, and Word or Markdown have nowhere to show a footnote without a reference. They
/// stay in the body where the report gathered them: its notes heading as written ("注释"), then the notes as a list —
/// numbered when their numbers run 1, 2, 3…, else each item opening with its marker as written. Notes from no notes
/// zone (at a page's foot) go to the end of the body under a notes heading in their language. Each such note keeps the
/// linker's "footnote-unreferenced" warning; referenced notes stay footnotes.
/// </summary>
internal static class UnreferencedNotes
{
    public static (List<Block> Blocks, List<Footnote> Footnotes) Place(List<Block> blocks, IReadOnlyList<FootnoteCandidate> definitions,
        List<Footnote> footnotes, Func<string, bool> isReferenced, IReadOnlyList<NotesZone> zones)
    {
        var kept = new List<Footnote>(footnotes.Count);
        var groups = new Dictionary<int, List<(FootnoteCandidate Definition, Footnote Note)>>(); // zone index (-1: none) → notes
        for (int i = 0; i < footnotes.Count; i++)
        {
            if (isReferenced(footnotes[i].Id)) { kept.Add(footnotes[i]); continue; }
            int zone = ZoneOf(definitions[i].Source, zones);
            if (!groups.TryGetValue(zone, out var group)) groups[zone] = group = [];
            group.Add((definitions[i], footnotes[i]));
        }
        if (groups.Count == 0) return (blocks, footnotes);

        var result = new List<Block>(blocks);
        // Later zones first, so an insertion does not move the places of earlier ones.
        foreach (var (zone, notes) in groups.OrderByDescending(g => g.Key))
        {
            string title = zone >= 0 ? zones[zone].Title : ReportConventions.NotesHeadingFor(string.Concat(notes.Select(n => n.Note.Content.PlainText())));
            var at = zone >= 0 ? zones[zone].Source : notes[0].Definition.Source;
            var section = Section(title, at, notes);
            int index = zone >= 0 ? result.FindIndex(b => b.Source.StartLine > at.StartLine) : -1;
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
