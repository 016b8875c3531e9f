using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportPipeline.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;
using OM = DocumentFormat.OpenXml.Math;

namespace ReportPipeline.Writers.Docx;

/// <summary>
/// Hyperlinks (external ones through a relationship, internal ones to a bookmark), anchors as bookmarks, and formulas
/// as native Office Math: OMML as the source wrote it, other notations as their text form in a math run.
/// </summary>
internal sealed class DocxLinkRuns(MainDocumentPart? main)
{
    private readonly Dictionary<string, string> relationships = [];
    private int bookmarkId = 100_000;

    public OpenXmlElement Hyperlink(Link link, IEnumerable<OpenXmlElement> runs)
    {
        var styled = runs.Select(Styled).ToList();
        if (link.InternalTarget is { } name) return new W.Hyperlink(styled) { Anchor = BookmarkName(name) };
        if (main is null || !Uri.TryCreate(link.Target.Trim(), UriKind.RelativeOrAbsolute, out var uri)) return new W.Hyperlink(styled);
        if (!relationships.TryGetValue(link.Target, out var id))
        {
            id = relationships[link.Target] = $"rIdLink{relationships.Count + 1}";
            main.AddHyperlinkRelationship(uri, true, id); // a relative address too is outside the package (no part of it)
            main.FootnotesPart?.AddHyperlinkRelationship(uri, true, id); // a link in a note points through the notes part
        }
        return new W.Hyperlink(styled) { Id = id, History = true };
    }

    /// <summary>Link text as Word's Hyperlink character style shows it: blue and underlined.</summary>
    private static OpenXmlElement Styled(OpenXmlElement element)
    {
        if (element is not W.Run run) return element;
        var properties = run.RunProperties ?? run.PrependChild(new W.RunProperties());
        properties.Append(new W.Color { Val = "0563C1" }, new W.Underline { Val = W.UnderlineValues.Single });
        return run;
    }

    /// <summary>Word bookmark names hold at most 40 letters, digits and underscores.</summary>
    public static string BookmarkName(string name)
    {
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
        if (safe.Length == 0 || char.IsDigit(safe[0])) safe = "_" + safe;
        return safe.Length <= 40 ? safe : safe[..40];
    }

    public IEnumerable<OpenXmlElement> Bookmark(Anchor anchor)
    {
        string id = (++bookmarkId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return new W.BookmarkStart { Id = id, Name = BookmarkName(anchor.Name) };
        yield return new W.BookmarkEnd { Id = id };
    }

    public static OpenXmlElement Formula(Formula formula)
    {
        OM.OfficeMath math;
        if (formula.Notation == FormulaNotation.Omml)
        {
            try { math = new OM.OfficeMath(formula.Source); }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException or ArgumentException) { math = TextMath(formula.Text); }
        }
        else math = TextMath(formula.Text);
        return formula.Display ? new OM.Paragraph(math) : math;
    }

    private static OM.OfficeMath TextMath(string text) =>
        new(new OM.Run(new OM.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
