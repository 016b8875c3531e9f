using System.Globalization;
using System.Reflection;
using System.Text;
using System.Xml;
using ReportPipeline.Alignment;
using ReportPipeline.Languages;

namespace ReportPipeline.Writers.Parallel;

/// <summary>
/// TMX 1.4b, the translation-memory exchange format CAT tools (OmegaT, Trados, memoQ, Okapi) read: one <c>tu</c> per
/// aligned pair (per sentence pair when sentences were aligned; caption and cells for a table), <c>srclang</c> the
/// original's language, <c>xml:lang</c> on each <c>tuv</c>. What could not be paired is left out.
/// </summary>
public sealed class TmxWriter : IAlignmentWriter
{
    public string Suffix => ".tmx";

    private static readonly string Version =
        typeof(TmxWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";

    public void Write(EditionAlignment alignment, Stream output)
    {
        string source = alignment.Original.Metadata.Language, target = alignment.Translation.Metadata.Language;
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var w = XmlWriter.Create(output, settings);
        w.WriteStartDocument();
        w.WriteDocType("tmx", null, "tmx14.dtd", null);
        w.WriteStartElement("tmx");
        w.WriteAttributeString("version", "1.4");
        w.WriteStartElement("header");
        w.WriteAttributeString("creationtool", "ReportPipeline");
        w.WriteAttributeString("creationtoolversion", Version);
        w.WriteAttributeString("segtype", alignment.Rows.Any(r => r.Kind != UnitKind.Table && r.Sentences.Count > 0) ? "sentence" : "paragraph");
        w.WriteAttributeString("o-tmf", "ReportPipeline");
        w.WriteAttributeString("adminlang", "en");
        w.WriteAttributeString("srclang", source);
        w.WriteAttributeString("datatype", "plaintext");
        w.WriteEndElement();
        w.WriteStartElement("body");
        int id = 0;
        foreach (var unit in Units(alignment))
        {
            w.WriteStartElement("tu");
            w.WriteAttributeString("tuid", (++id).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("segtype", unit.Kind == UnitKind.Sentence ? "sentence" : unit.Kind is UnitKind.Cell or UnitKind.Caption or UnitKind.Heading ? "phrase" : "paragraph");
            Prop(w, "x-kind", AlignmentJsonWriter.Name(unit.Kind));
            Prop(w, "x-confidence", unit.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
            Variant(w, source, unit.Original);
            Variant(w, target, unit.Translation);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>The pairs a translation memory takes: sentences where aligned, a table's caption and cells, else the pair itself.</summary>
    private static IEnumerable<AlignedPair> Units(EditionAlignment alignment) =>
        alignment.Pairs.SelectMany(p => p.Kind == UnitKind.Table || p.Sentences.Count > 0 ? p.Sentences.Where(s => s.IsPaired) : [p]);

    private static void Prop(XmlWriter w, string type, string value)
    {
        w.WriteStartElement("prop");
        w.WriteAttributeString("type", type);
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static void Variant(XmlWriter w, string language, IReadOnlyList<AlignedUnit> units)
    {
        w.WriteStartElement("tuv");
        w.WriteAttributeString("xml", "lang", null, language);
        w.WriteElementString("seg", XmlSafe(string.Join(LanguageTags.IsCjk(language) ? "" : " ", units.Select(u => u.Text.Trim()))));
        w.WriteEndElement();
    }

    /// <summary>Drops characters XML cannot hold (control characters, lone surrogates); surrogate pairs stay.</summary>
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) safe.Append(text[i]).Append(text[++i]);
            else if (XmlConvert.IsXmlChar(text[i])) safe.Append(text[i]);
        }
        return safe.ToString();
    }
}
