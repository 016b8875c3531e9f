using System.Xml.Linq;

namespace ReportPipeline.Formulas;

/// <summary>Builds MathML: token elements for plain text, rows, and the outer <c>math</c> with its TeX annotation.</summary>
public static class MathMLWriter
{
    public static readonly XNamespace Ns = "http://www.w3.org/1998/Math/MathML";

    public static XElement Math(IEnumerable<XElement> content, string text, bool display) =>
        new(Ns + "math", display ? new XAttribute("display", "block") : null,
            new XElement(Ns + "semantics", Row(content), new XElement(Ns + "annotation", new XAttribute("encoding", "application/x-tex"), text)));

    /// <summary>One element for a single child, an mrow for several (an empty mrow for none).</summary>
    public static XElement Row(IEnumerable<XElement> children)
    {
        var list = children.Where(c => !(c.Name == Ns + "mrow" && !c.HasElements)).ToList();
        return list.Count == 1 ? list[0] : new XElement(Ns + "mrow", list);
    }

    /// <summary>Plain math text as tokens: numbers as mn, letters as mi (a word as one mi), anything else as mo.</summary>
    public static IEnumerable<XElement> Tokens(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsDigit(c))
            {
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))) i++;
                yield return new XElement(Ns + "mn", text[start..i]);
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                yield return new XElement(Ns + "mi", text[start..i]);
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                yield return new XElement(Ns + "mo", text[start..i]);
            }
        }
    }
}
