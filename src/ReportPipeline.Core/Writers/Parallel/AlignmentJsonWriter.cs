using System.Text.Encodings.Web;
using System.Text.Json;
using ReportPipeline.Alignment;

namespace ReportPipeline.Writers.Parallel;

/// <summary>
/// The alignment as JSON: the two editions' languages, the learnt length ratio, every pair with its shape, kind,
/// confidence and each side's text and location, the units that could not be paired, and the outline gaps.
/// </summary>
public sealed class AlignmentJsonWriter : IAlignmentWriter
{
    public string Suffix => ".pairs.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(EditionAlignment alignment, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("originalLanguage", alignment.Original.Metadata.Language);
        w.WriteString("translationLanguage", alignment.Translation.Metadata.Language);
        w.WriteNumber("lengthRatio", Math.Round(alignment.LengthRatio, 3));
        w.WriteStartArray("pairs");
        foreach (var pair in alignment.Pairs) WritePair(w, pair);
        w.WriteEndArray();
        w.WriteStartArray("unpaired");
        foreach (var row in alignment.Unpaired)
            foreach (var (side, units) in new[] { ("original", row.Original), ("translation", row.Translation) })
                foreach (var unit in units)
                {
                    w.WriteStartObject();
                    w.WriteString("edition", side);
                    WriteUnit(w, unit);
                    w.WriteEndObject();
                }
        w.WriteEndArray();
        w.WriteStartArray("gaps");
        foreach (var gap in alignment.Gaps) w.WriteStringValue(gap);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WritePair(Utf8JsonWriter w, AlignedPair pair)
    {
        w.WriteStartObject();
        w.WriteString("kind", Name(pair.Kind));
        w.WriteString("shape", pair.Shape);
        w.WriteNumber("confidence", Math.Round(pair.Confidence, 3));
        WriteSide(w, "original", pair.Original);
        WriteSide(w, "translation", pair.Translation);
        if (pair.Sentences.Count > 0)
        {
            w.WriteStartArray(pair.Kind == UnitKind.Table ? "cells" : "sentences");
            foreach (var part in pair.Sentences) WritePair(w, part);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteSide(Utf8JsonWriter w, string name, IReadOnlyList<AlignedUnit> units)
    {
        w.WriteStartArray(name);
        foreach (var unit in units)
        {
            w.WriteStartObject();
            WriteUnit(w, unit);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteUnit(Utf8JsonWriter w, AlignedUnit unit)
    {
        w.WriteString("kind", Name(unit.Kind));
        w.WriteString("text", unit.Text);
        w.WriteString("location", unit.Location);
        if (unit.Source is { } source)
        {
            w.WriteNumber("startLine", source.StartLine);
            w.WriteNumber("endLine", source.EndLine);
            if (source.Page is { } page) w.WriteNumber("page", page);
        }
    }

    internal static string Name(UnitKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
