using DocumentFormat.OpenXml.Math;
using ReportPipeline.Formulas;
using M = ReportPipeline.Model;

namespace ReportPipeline.Readers.Docx;

/// <summary>An Office Math element as a formula: its OMML kept as written, its text form built from it.</summary>
internal static class DocxFormulas
{
    public static M.Formula Of(OfficeMath math)
    {
        string omml = WithNamespaces(math.OuterXml);
        string text;
        try { text = OmmlConverter.ToText(omml); }
        catch (System.Xml.XmlException) { text = math.InnerText; }
        return new M.Formula(M.FormulaNotation.Omml, omml, text.Trim(), Display: math.Parent is Paragraph);
    }

    /// <summary>The element's XML with the math and WordprocessingML namespaces declared on it, so it stands alone.</summary>
    private static string WithNamespaces(string xml)
    {
        int end = xml.IndexOfAny([' ', '>', '/']);
        string declarations = (xml.Contains("xmlns:m=", StringComparison.Ordinal) ? "" : $" xmlns:m=\"{OmmlConverter.M.NamespaceName}\"")
            + (xml.Contains("xmlns:w=", StringComparison.Ordinal) ? "" : $" xmlns:w=\"{OmmlConverter.W.NamespaceName}\"");
        return xml[..end] + declarations + xml[end..];
    }
}
