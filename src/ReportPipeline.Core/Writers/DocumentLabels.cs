using ReportPipeline.Model;

namespace ReportPipeline.Writers;

/// <summary>
/// The document labels a page prints above the title block ("市六届人大四次会议文件（十）"), as recovery marked them
/// (<see cref="ParagraphRole.DocumentLabel"/>). The tree keeps them first (<see cref="TreeInvariants"/>): every writer
/// prints these blocks, then the title block, then the rest.
/// </summary>
public static class DocumentLabels
{
    /// <summary>How many blocks open the document as its labels.</summary>
    public static int CountOf(ReportDocument document)
    {
        int count = 0;
        while (count < document.Blocks.Count && document.Blocks[count] is Paragraph { IsDocumentLabel: true }) count++;
        return count;
    }
}
