using ReportPipeline.Model;

namespace ReportPipeline.Structure;

/// <summary>Where a report gathers its notes under a heading ("注释：", "Notes"): the heading as written and its line.</summary>
internal sealed record NotesZone(string Heading, SourceSpan Source)
{
    /// <summary>The heading's words without the colon that introduces the notes ("注释：" → "注释").</summary>
    public string Title => Heading.Trim().TrimEnd('：', ':').TrimEnd();
}
