using ReportPipeline.Model;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Structure;

/// <summary>
/// A report scraped from a government site keeps the page around it. The page's head (the site's banner and menu above
/// the way there, the tools, the article's particulars with their values, a repeated title, a photo credit) and its
/// foot (from the first line of the site's foot or licence box to the end, with an empty "附件：" slot before it) become
/// a furniture layer of the document, out of the text; related-links and editor lines go wherever they stand. The
/// words are those of <see cref="WebFurniture"/>; each zone set aside is reported with its lines.
/// </summary>
internal static class WebFurnitureRule
{
    public static (List<Candidate> Flow, List<PageFurniture> Furniture) Apply(List<Candidate> flow, StructureOptions options,
        List<Diagnostic> diagnostics)
    {
        var furniture = new HashSet<int>();
        int headEnd = HeadEnd(flow, options);
        MarkHead(flow, headEnd, furniture);
        int footStart = FootStart(flow, headEnd, options);
        for (int i = footStart; i < flow.Count; i++) furniture.Add(i);
        for (int i = headEnd; i < footStart; i++)
            if (flow[i] is ParagraphCandidate p && p.Text.Plain.Trim().Length <= options.MaxFurnitureLineLength && WebFurniture.IsRelatedLine(p.Text.Plain))
                furniture.Add(i);
        if (furniture.Count == 0) return (flow, []);

        var layer = new List<PageFurniture>();
        var kept = new List<Candidate>(flow.Count - furniture.Count);
        for (int i = 0; i < flow.Count; i++)
        {
            if (!furniture.Contains(i)) { kept.Add(flow[i]); continue; }
            layer.Add(new PageFurniture(i < headEnd ? FurnitureKind.Header : FurnitureKind.Footer, Text(flow[i]), flow[i].Source));
        }
        foreach (var zone in layer.GroupBy(f => f.Kind))
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "web-furniture",
                $"set aside {zone.Count()} lines of the web page's {(zone.Key == FurnitureKind.Header ? "head" : "foot")} as furniture",
                zone.First().Source.Through(zone.Last().Source)));
        return (kept, layer);
    }

    /// <summary>The page's head ends where the report's body starts: a salutation, a heading, a table or list, or a long line.</summary>
    private static int HeadEnd(List<Candidate> flow, StructureOptions options)
    {
        int i = 0;
        while (i < flow.Count && flow[i] is ParagraphCandidate p
               && !ReportConventions.IsSalutation(p.Text.Plain)
               && (p.Text.Plain.Trim().Length <= options.MaxFurnitureLineLength || WebFurniture.IsFurnitureLine(p.Text.Plain)
                   || WebFurniture.IsBreadcrumb(p.Text.Plain)))
            i++;
        return i;
    }

    private static void MarkHead(List<Candidate> flow, int headEnd, HashSet<int> furniture)
    {
        // Above the way to the page ("您当前所在位置：首页>…") is the site's banner and menu; without one, the run of
        // tools that opens the page ends it.
        int banner = -1;
        for (int i = 0; i < headEnd; i++)
            if (WebFurniture.IsBreadcrumb(Text(flow[i]))) banner = i;
        if (banner < 0)
            while (banner + 1 < headEnd && IsTool(Text(flow[banner + 1]))) banner++;
        for (int i = 0; i <= banner; i++) furniture.Add(i);

        string? title = null;
        for (int i = banner + 1; i < headEnd; i++)
        {
            string line = Text(flow[i]).Trim();
            if (WebFurniture.IsFurnitureLine(line) || WebFurniture.IsBreadcrumb(line) || IsRepeatedTitle(flow[i], line, title))
            {
                furniture.Add(i);
                // A label alone ("索 引 号：", "关联稿件：") has its value on the next line.
                if (WebFurniture.IsBareLabel(line) && i + 1 < headEnd && !WebFurniture.IsFurnitureLine(Text(flow[i + 1])))
                    furniture.Add(++i);
            }
            else title ??= line;
        }
    }

    /// <summary>
    /// The page repeats the article's title under its head: the same words again, as a title is written (no sentence
    /// ending it, no note pointing from it). Two short sentences alike are both text.
    /// </summary>
    private static bool IsRepeatedTitle(Candidate candidate, string line, string? title) =>
        line == title && !Sentences.EndsSentence(line)
        && !(candidate is ParagraphCandidate { Text.Rich: { } rich } && rich.Descendants().OfType<FootnoteReference>().Any());

    /// <summary>The first line of the page's foot, or the end: a foot line in the run of short lines that ends the text.</summary>
    private static int FootStart(List<Candidate> flow, int headEnd, StructureOptions options)
    {
        int tail = flow.Count;
        while (tail > headEnd && flow[tail - 1] is ParagraphCandidate p
               && (p.Text.Plain.Trim().Length <= options.MaxFurnitureLineLength || WebFurniture.IsFoot(p.Text.Plain)))
            tail--;
        int foot = tail;
        while (foot < flow.Count && !WebFurniture.IsFoot(Text(flow[foot]))) foot++;
        if (foot == flow.Count) return foot;
        // Tools, related links and an empty attachments slot just above the foot belong to the page.
        while (foot > headEnd && Text(flow[foot - 1]).Trim() is var line
               && (WebFurniture.IsFurnitureLine(line) || ReportConventions.MatchAppendix(line) is (_, "")))
            foot--;
        return foot;
    }

    private static bool IsTool(string line) =>
        WebFurniture.IsFurnitureLine(line) && !WebFurniture.IsLabelLine(line) && !WebFurniture.IsPhotoCredit(line);

    private static string Text(Candidate candidate) => candidate is ParagraphCandidate p ? p.Text.Plain : "";
}
