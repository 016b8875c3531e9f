using System.Xml.Linq;

namespace ReportPipeline.Formulas;

/// <summary>
/// A MathML formula's linear TeX-like text: its TeX annotation when it carries one, else built from the common
/// presentation elements (fractions, scripts, roots, rows, tables); other elements give their text.
/// </summary>
public static class MathMLText
{
    public static string Of(XElement math)
    {
        var tex = math.Descendants().FirstOrDefault(e => e.Name.LocalName == "annotation"
            && (string?)e.Attribute("encoding") is "application/x-tex" or "TeX" or "text/x-tex");
        return tex is not null ? tex.Value.Trim() : Text(math).Trim();
    }

    private static string Group(XElement? e) => "{" + (e is null ? "" : Text(e)) + "}";

    private static string Text(XElement e)
    {
        var kids = e.Elements().ToList();
        XElement? At(int i) => i < kids.Count ? kids[i] : null;
        return e.Name.LocalName switch
        {
            "mi" or "mn" or "mo" or "mtext" or "ms" => e.Value.Trim(),
            "mfrac" => $"\\frac{Group(At(0))}{Group(At(1))}",
            "msup" => $"{Group(At(0))}^{Group(At(1))}",
            "msub" => $"{Group(At(0))}_{Group(At(1))}",
            "msubsup" => $"{Group(At(0))}_{Group(At(1))}^{Group(At(2))}",
            "munder" => $"{Group(At(0))}_{Group(At(1))}",
            "mover" => $"{Group(At(0))}^{Group(At(1))}",
            "munderover" => $"{Group(At(0))}_{Group(At(1))}^{Group(At(2))}",
            "msqrt" => "\\sqrt{" + string.Concat(kids.Select(Text)) + "}",
            "mroot" => $"\\sqrt[{(At(1) is { } d ? Text(d) : "")}]{Group(At(0))}",
            "mtable" => "\\begin{matrix}" + string.Join(" \\\\ ", kids.Select(r => string.Join(" & ", r.Elements().Select(Text)))) + "\\end{matrix}",
            "annotation" or "annotation-xml" => "",
            _ => string.Concat(kids.Count == 0 ? e.Value : string.Concat(kids.Select(Text))),
        };
    }
}
