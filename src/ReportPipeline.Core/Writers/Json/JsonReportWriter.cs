using System.Text.Encodings.Web;
using System.Text.Json;
using ReportPipeline.Model;

namespace ReportPipeline.Writers.Json;

/// <summary>
/// The tree as JSON, described by schemas/report.schema.json. Keys come in a fixed order and CJK text is
/// written as itself, so the output diffs well in snapshot reviews.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public string Format => "json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public bool LinksResources => true;

    public void Write(ReportDocument document, Stream output) => Write(document, output, ResourceLinks.Embedded);

    public void Write(ReportDocument document, Stream output, ResourceLinks resources)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("schemaVersion", ReportDocument.SchemaVersion);
        WriteMetadata(w, document.Metadata);
        w.WriteStartArray("blocks");
        foreach (var block in document.Blocks)
        {
            if (block is Figure figure) JsonFigure.Write(w, figure, document.Resources, resources, WriteInlines, WriteSource);
            else WriteBlock(w, block);
        }
        w.WriteEndArray();
        w.WriteStartArray("footnotes");
        foreach (var note in document.Footnotes)
        {
            w.WriteStartObject();
            w.WriteString("id", note.Id);
            w.WriteString("marker", note.Marker);
            WriteInlines(w, "content", note.Content);
            if (note.Language is not null) w.WriteString("lang", note.Language);
            WriteSource(w, note.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("furniture");
        foreach (var item in document.Furniture)
        {
            w.WriteStartObject();
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(item.Kind.ToString()));
            w.WriteString("text", item.Text);
            WriteSource(w, item.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("diagnostics");
        foreach (var d in document.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            if (d.Source is not null) WriteSource(w, d.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteMetadata(Utf8JsonWriter w, Metadata m)
    {
        w.WriteStartObject("metadata");
        WriteOptional(w, "title", m.Title);
        WriteOptional(w, "subtitle", m.Subtitle);
        WriteOptional(w, "author", m.Author);
        WriteOptional(w, "date", m.Date);
        w.WriteString("language", m.Language);
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void WriteBlock(Utf8JsonWriter w, Block block)
    {
        w.WriteStartObject();
        switch (block)
        {
            case Heading h:
                w.WriteString("type", "heading");
                w.WriteNumber("level", h.Level);
                WriteOptional(w, "label", h.Label);
                WriteInlines(w, "title", h.Title);
                if (h.Stop is not null) w.WriteString("stop", h.Stop);
                break;
            case Paragraph p:
                w.WriteString("type", "paragraph");
                WriteInlines(w, "lead", p.Lead);
                WriteInlines(w, "content", p.Content);
                if (p.Role == ParagraphRole.Salutation) w.WriteString("role", "salutation");
                if (p.Role == ParagraphRole.DocumentLabel) w.WriteString("role", "documentLabel");
                break;
            case DefinitionList d:
                w.WriteString("type", "definitionList");
                w.WriteStartArray("items");
                foreach (var item in d.Items)
                {
                    w.WriteStartObject();
                    WriteInlines(w, "term", item.Term);
                    WriteInlines(w, "definition", item.Definition);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case ListBlock l:
                w.WriteString("type", "list");
                w.WriteBoolean("ordered", l.Ordered);
                w.WriteStartArray("items");
                foreach (var item in l.Items) WriteInlineArray(w, item.Content);
                w.WriteEndArray();
                break;
            case Table t:
                w.WriteString("type", "table");
                WriteInlines(w, "caption", t.Caption);
                WriteRows(w, "header", t.Header);
                WriteRows(w, "body", t.Body);
                break;
            default:
                throw new NotSupportedException($"The JSON writer has no case for {block.GetType().Name}");
        }
        if (block.Language is not null) w.WriteString("lang", block.Language);
        if (block.IsTranslation) w.WriteBoolean("translation", true);
        WriteSource(w, block.Source);
        w.WriteEndObject();
    }

    private static void WriteRows(Utf8JsonWriter w, string name, ValueList<TableRow> rows)
    {
        w.WriteStartArray(name);
        foreach (var row in rows)
        {
            w.WriteStartArray();
            foreach (var cell in row.Cells)
            {
                w.WriteStartObject();
                WriteInlines(w, "content", cell.Content);
                w.WriteNumber("rowSpan", cell.RowSpan);
                w.WriteNumber("colSpan", cell.ColumnSpan);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    internal static void WriteInlines(Utf8JsonWriter w, string name, ValueList<Inline> inlines)
    {
        w.WritePropertyName(name);
        WriteInlineArray(w, inlines);
    }

    private static void WriteInlineArray(Utf8JsonWriter w, ValueList<Inline> inlines)
    {
        w.WriteStartArray();
        foreach (var inline in inlines)
        {
            w.WriteStartObject();
            switch (inline)
            {
                case Text t: w.WriteString("type", "text"); w.WriteString("value", t.Value); break;
                case Strong s: w.WriteString("type", "strong"); WriteInlines(w, "content", s.Content); break;
                case Emphasis e: w.WriteString("type", "emphasis"); WriteInlines(w, "content", e.Content); break;
                case LanguageSpan l: w.WriteString("type", "span"); w.WriteString("lang", l.Language); WriteInlines(w, "content", l.Content); break;
                case FootnoteReference r: w.WriteString("type", "footnoteRef"); w.WriteString("id", r.FootnoteId); break;
                case Link l: w.WriteString("type", "link"); w.WriteString("target", l.Target); WriteInlines(w, "content", l.Content); break;
                case Anchor a: w.WriteString("type", "anchor"); w.WriteString("name", a.Name); break;
                case Formula f:
                    w.WriteString("type", "formula");
                    w.WriteString("notation", JsonNamingPolicy.CamelCase.ConvertName(f.Notation.ToString()).ToLowerInvariant());
                    w.WriteString("text", f.Text);
                    w.WriteBoolean("display", f.Display);
                    w.WriteString("markup", f.Source);
                    break;
                default: throw new NotSupportedException($"The JSON writer has no case for {inline.GetType().Name}");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    internal static void WriteSource(Utf8JsonWriter w, SourceSpan source)
    {
        w.WriteStartObject("source");
        if (source.StartLine > 0)
        {
            w.WriteNumber("startLine", source.StartLine);
            w.WriteNumber("endLine", source.EndLine);
        }
        if (source.Page is { } page) w.WriteNumber("page", page);
        if (source.EndPage is { } endPage) w.WriteNumber("endPage", endPage);
        if (source.Box is { } box)
        {
            w.WriteStartArray("box");
            foreach (var edge in new[] { box.Left, box.Bottom, box.Right, box.Top }) w.WriteNumberValue(Math.Round(edge, 1));
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}
