using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// Recognises Word's own table of contents so it stays out of the body and the outline: a content control from the
/// "Table of Contents" gallery, the paragraphs a TOC field spans (fields may run over many paragraphs), and
/// paragraphs in the TOC 1…9 and TOC Heading styles. The writers make their own contents where a format wants one.
/// </summary>
internal sealed partial class DocxContents(DocxStyleMap styles)
{
    private int fieldDepth;
    private int? contentsDepth;
    private bool readingInstruction;
    private readonly System.Text.StringBuilder instruction = new();

    public int SkippedParagraphs { get; private set; }

    [GeneratedRegex(@"^(toc|目录|目錄|内容)\s*\d$|^toc\s*heading$|^tocheading$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsStyle();

    /// <summary>A "目录" or "Contents" line: the title a contents list is given.</summary>
    public static bool IsContentsTitle(string text) => ContentsTitle.Matches(text);

    public static bool IsContentsControl(SdtBlock sdt) =>
        sdt.SdtProperties?.Descendants<DocPartGallery>().Any(g => g.Val?.Value?.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase) == true) == true;

    /// <summary>Whether the paragraph is part of a contents list; call for every body paragraph in order (it follows the fields).</summary>
    public bool IsContents(Paragraph paragraph)
    {
        bool inside = contentsDepth is not null;
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case FieldChar { FieldCharType.Value: var type }:
                    if (type == FieldCharValues.Begin) { fieldDepth++; readingInstruction = true; instruction.Clear(); }
                    else if (type == FieldCharValues.Separate) EndInstruction();
                    else if (type == FieldCharValues.End)
                    {
                        EndInstruction();
                        if (contentsDepth == fieldDepth) contentsDepth = null;
                        fieldDepth = Math.Max(0, fieldDepth - 1);
                    }
                    break;
                case FieldCode code when readingInstruction:
                    instruction.Append(code.Text);
                    break;
                case SimpleField simple when simple.Instruction?.Value?.TrimStart().StartsWith("TOC", StringComparison.OrdinalIgnoreCase) == true:
                    inside = true;
                    break;
            }
            inside |= contentsDepth is not null;
        }
        string? style = styles.NameOf(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        inside |= style is not null && ContentsStyle().IsMatch(style.Trim());
        if (inside) SkippedParagraphs++;
        return inside;
    }

    private void EndInstruction()
    {
        if (!readingInstruction) return;
        readingInstruction = false;
        var words = DocxLinks.Words(instruction.ToString());
        if (contentsDepth is null && words.Count > 0 && words[0].Equals("TOC", StringComparison.OrdinalIgnoreCase)) contentsDepth = fieldDepth;
    }
}
