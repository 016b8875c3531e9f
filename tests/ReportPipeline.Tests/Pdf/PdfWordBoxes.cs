using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ReportPipeline.Model;

namespace ReportPipeline.Tests.Pdf;

/// <summary>A word as pdftotext reads it, with its box in points from the page's bottom-left corner (as our boxes are).</summary>
public sealed record PdfWordBox(string Text, double Left, double Bottom, double Right, double Top)
{
    /// <summary>The word's middle lies inside the box (with a point to spare on every side).</summary>
    public bool Inside(PageBox box)
    {
        double x = (Left + Right) / 2, y = (Bottom + Top) / 2;
        return x >= box.Left - 1 && x <= box.Right + 1 && y >= box.Bottom - 1 && y <= box.Top + 1;
    }
}

/// <summary>pdftotext's words of each page in its own reading order, with where each stands (<c>pdftotext -bbox-layout</c>).</summary>
public static class PdfWordBoxes
{
    public static List<List<PdfWordBox>> Read(string path)
    {
        string xhtml = Support.Tools.Run("pdftotext", $"-bbox-layout -enc UTF-8 \"{path}\" -", "");
        // The XHTML names a DTD on the web (not fetched) and may carry control characters a PDF's text holds, which XML
        // does not allow and the judge does not count: they are dropped.
        xhtml = new string([.. xhtml.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t')]);
        using var reader = XmlReader.Create(new StringReader(xhtml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var root = XDocument.Load(reader).Root!;
        double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        return root.Descendants().Where(e => e.Name.LocalName == "page").Select(page =>
        {
            double height = D(page, "height");
            return page.Descendants().Where(e => e.Name.LocalName == "word")
                .Select(w => new PdfWordBox(w.Value, D(w, "xMin"), height - D(w, "yMax"), D(w, "xMax"), height - D(w, "yMin"))).ToList();
        }).ToList();
    }
}
