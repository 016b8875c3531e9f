using System.Xml.Linq;
using AngleSharp.Dom;
using ReportPipeline.Formulas;
using ReportPipeline.Model;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// Links, the ids they point at, and MathML formulas of a page. An id is kept as an anchor only when a link in the
/// content (not the page's navigation or contents, not a note reference) points at it.
/// </summary>
internal static class HtmlLinks
{
    public static IReadOnlySet<string> LinkedIds(IDocument page, string chrome, HtmlNotes notes) =>
        page.QuerySelectorAll("a[href^='#']")
            .Where(a => a.Closest(chrome) is null && notes.Target(a) is null)
            .Select(a => Uri.UnescapeDataString(a.GetAttribute("href")![1..]))
            .Where(id => id.Length > 0)
            .ToHashSet();

    /// <summary>Where a link goes: its address as written, or "#id" within the page; null for a link without one.</summary>
    public static string? Target(IElement link)
    {
        string? href = link.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || href == "#") return null;
        return href.StartsWith('#') ? "#" + Uri.UnescapeDataString(href[1..]) : href;
    }

    /// <summary>A MathML element as a formula: the markup rebuilt as XML, its text form from the TeX annotation or the elements.</summary>
    public static Formula Formula(IElement math)
    {
        var xml = ToXml(math);
        bool display = string.Equals(math.GetAttribute("display"), "block", StringComparison.OrdinalIgnoreCase);
        return new Formula(FormulaNotation.MathML, xml.ToString(SaveOptions.DisableFormatting), MathMLText.Of(xml), display);
    }

    private static XElement ToXml(IElement element)
    {
        var copy = new XElement(MathMLWriter.Ns + element.LocalName.ToLowerInvariant());
        foreach (var attribute in element.Attributes)
            if (!attribute.Name.StartsWith("xmlns", StringComparison.Ordinal) && attribute.Name.Length > 0 && System.Xml.XmlConvert.IsStartNCNameChar(attribute.Name[0]) && attribute.Name.All(System.Xml.XmlConvert.IsNCNameChar))
                copy.SetAttributeValue(attribute.Name, attribute.Value);
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text) copy.Add(new XText(text.Data));
            else if (node is IElement child) copy.Add(ToXml(child));
        }
        return copy;
    }
}
