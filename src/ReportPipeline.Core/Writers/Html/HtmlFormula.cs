using System.Xml;
using System.Xml.Linq;
using ReportPipeline.Formulas;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Html;

/// <summary>
/// A formula as MathML: OMML converted, MathML kept (only MathML elements and their plain attributes), TeX as its
/// text; each carries its text form as a TeX annotation so the formula can be read back.
/// </summary>
internal static class HtmlFormula
{
    public static string Render(Formula formula)
    {
        XElement math;
        try
        {
            math = formula.Notation switch
            {
                FormulaNotation.Omml => OmmlConverter.ToMathML(formula.Source, formula.Display),
                FormulaNotation.MathML => Clean(XElement.Parse(formula.Source), formula),
                _ => TextOnly(formula),
            };
        }
        catch (XmlException)
        {
            math = TextOnly(formula);
        }
        if (math.Attribute("alttext") is null) math.SetAttributeValue("alttext", formula.Text);
        math.SetAttributeValue("aria-label", formula.Text); // the name a table header cell or a screen reader without MathML takes
        return math.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement TextOnly(Formula formula) =>
        MathMLWriter.Math(MathMLWriter.Tokens(formula.Text), formula.Text, formula.Display);

    private static XElement Clean(XElement source, Formula formula)
    {
        var math = Copy(source) ?? TextOnly(formula);
        if (formula.Display && math.Attribute("display") is null) math.SetAttributeValue("display", "block");
        return math;
    }

    private static XElement? Copy(XElement e)
    {
        if (e.Name.Namespace != MathMLWriter.Ns && e.Name.Namespace != XNamespace.None) return null;
        var copy = new XElement(MathMLWriter.Ns + e.Name.LocalName,
            e.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.None
                && !a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) && a.Name.LocalName is not ("href" or "src" or "style")));
        foreach (var node in e.Nodes())
        {
            if (node is XText text) copy.Add(new XText(text.Value));
            else if (node is XElement child && Copy(child) is { } kept) copy.Add(kept);
        }
        return copy;
    }
}
