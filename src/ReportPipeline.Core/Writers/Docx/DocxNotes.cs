using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// The notes part written note by note as references are met (<see cref="DocxStreamedPart"/>). Until the first note the
/// part keeps the separators it was given; from then on they open the streamed part and each note follows.
/// </summary>
internal sealed class DocxNotes(FootnotesPart part, List<DocxStreamedPart> streamed, IEnumerable<Model.Inline> inlines)
{
    private DocxStreamedPart? xml;

    public void Add(W.Footnote note)
    {
        if (xml is null)
        {
            var separators = part.Footnotes;
            xml = new DocxStreamedPart(part, separators, DocxRootNamespaces.DeclaredBelow(separators, inlines));
            streamed.Add(xml);
            foreach (var separator in separators.ChildElements) xml.Write(separator);
        }
        xml.Write(note);
    }
}
