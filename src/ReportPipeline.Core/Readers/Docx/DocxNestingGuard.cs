using System.Xml;
using ReportPipeline.Decoding;

namespace ReportPipeline.Readers.Docx;

/// <summary>
/// Checks the nesting of a Word package's XML part before the OpenXml SDK builds a tree of it: tables within tables
/// deeper than <see cref="Budgets.MaxTableNestingDepth"/> (20,000 nested tables, a 6 KB file, ran for minutes) and
/// elements deeper than <see cref="Budgets.MaxNestingDepth"/>. A part that is not well-formed XML (or declares a DTD)
/// is left for the SDK to refuse in its own words.
/// </summary>
internal static class DocxNestingGuard
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true, CloseInput = false,
    };

    public static void Check(Stream part, string name, Budgets budgets)
    {
        try
        {
            using var xml = XmlReader.Create(part, Settings);
            int tables = 0;
            while (xml.Read())
            {
                bool table = xml.LocalName == "tbl" && xml.NamespaceURI == W;
                if (xml.NodeType == XmlNodeType.EndElement && table) tables--;
                if (xml.NodeType != XmlNodeType.Element) continue;
                if (xml.Depth >= budgets.MaxNestingDepth)
                    throw Budgets.Exceeded($"the part {name} nests more than {budgets.MaxNestingDepth} elements", nameof(budgets.MaxNestingDepth), budgets.MaxNestingDepth);
                if (table && !xml.IsEmptyElement && ++tables > budgets.MaxTableNestingDepth)
                    throw Budgets.Exceeded($"the document nests tables more than {budgets.MaxTableNestingDepth} deep", nameof(budgets.MaxTableNestingDepth), budgets.MaxTableNestingDepth);
            }
        }
        catch (XmlException)
        {
            // Not well formed, or a DTD: the SDK refuses it when it reads the part, with its own message.
        }
    }
}
