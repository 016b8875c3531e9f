using DocumentFormat.OpenXml;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// The namespaces the SDK declares on a part's root element, before the root's own, when it saves a whole tree: those
/// declared by elements below that the root does not declare. Of what the writer makes, only Office Math taken from a
/// Word source declares any (a picture's drawing stays unparsed text). A streamed part declares the same, so its bytes
/// are those of the tree.
/// </summary>
internal static class DocxRootNamespaces
{
    public static List<(string Prefix, string Uri)> DeclaredBelow(OpenXmlElement root, IEnumerable<Inline> inlines)
    {
        var below = new List<(string Prefix, string Uri)>();
        foreach (var formula in inlines.OfType<Formula>().Where(f => f.Notation == FormulaNotation.Omml))
        {
            var math = DocxLinkRuns.Formula(formula);
            foreach (var element in math.Descendants().Prepend(math))
                foreach (var (prefix, uri) in element.NamespaceDeclarations)
                    if (below.All(b => b.Prefix != prefix)) below.Add((prefix, uri));
        }
        var own = root.NamespaceDeclarations.ToList();
        return below.Where(b => b.Prefix.Length > 0 && own.All(o => o.Key != b.Prefix && o.Value != b.Uri)).ToList();
    }
}
