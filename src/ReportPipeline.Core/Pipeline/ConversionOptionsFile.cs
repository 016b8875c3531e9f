using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ReportPipeline.Decoding;

namespace ReportPipeline.Pipeline;

/// <summary>
/// Reads <see cref="ConversionOptions"/> from JSON: an object holding only the options to change, keyed as the defaults
/// are written (<see cref="DefaultsAsJson"/>), in any letter case. A key the options do not have, or a value of the wrong
/// kind, is refused with its path ("structure.maxHeadingLenght").
/// </summary>
public static class ConversionOptionsFile
{
    /// <summary>Every option with its default, as a file would set it.</summary>
    public static string DefaultsAsJson() => JsonSerializer.Serialize(ConversionOptions.Default, ConversionOptionsJson.Default.ConversionOptions);

    /// <exception cref="ReportReadException">The file is missing, not JSON, or names an unknown option or a bad value.</exception>
    public static ConversionOptions Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new ReportReadException(e.Message, e); }
        return Parse(text);
    }

    /// <exception cref="ReportReadException">Not JSON, or an unknown option or a bad value.</exception>
    public static ConversionOptions Parse(string json)
    {
        JsonNode? given;
        try { given = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new ReportReadException($"not valid JSON: {e.Message}", e); }
        if (given is not JsonObject givenObject) throw new ReportReadException("the options must be a JSON object");
        var merged = JsonNode.Parse(DefaultsAsJson())!.AsObject();
        Overlay(merged, givenObject, "");
        try { return merged.Deserialize(ConversionOptionsJson.Default.ConversionOptions)!; }
        catch (JsonException e) { throw new ReportReadException($"bad value for option '{e.Path?.TrimStart('$', '.')}': {e.Message}", e); }
    }

    /// <summary>Copies the given values over the defaults, refusing keys the defaults lack and values of another kind.</summary>
    private static void Overlay(JsonObject defaults, JsonObject given, string path)
    {
        foreach (var (key, value) in given)
        {
            string name = defaults.Select(p => p.Key).FirstOrDefault(k => k.Equals(key, StringComparison.OrdinalIgnoreCase))
                ?? throw new ReportReadException($"unknown option '{path}{key}' (known here: {string.Join(", ", defaults.Select(p => p.Key))})");
            var current = defaults[name];
            if (current is JsonObject inner)
            {
                if (value is not JsonObject section) throw new ReportReadException($"option '{path}{name}' must be an object");
                Overlay(inner, section, $"{path}{name}.");
                continue;
            }
            if (value is null || current is not null && value.GetValueKind() != current.GetValueKind()
                && !(current.GetValueKind() is JsonValueKind.True or JsonValueKind.False && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False))
                throw new ReportReadException($"bad value for option '{path}{name}': expected {Kind(current)}, got {value?.ToJsonString() ?? "null"}");
            if (value.GetValueKind() == JsonValueKind.Number && value.GetValue<double>() < 0)
                throw new ReportReadException($"bad value for option '{path}{name}': {value.ToJsonString()} is negative");
            defaults[name] = value.DeepClone();
        }
    }

    private static string Kind(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.String => "a string",
        _ => "a value",
    };
}

/// <summary>
/// The options' JSON contract, generated at build time: the Native AOT build has no reflection to serialize with, so
/// the options file is read the same way in every build.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true, WriteIndented = true)]
[JsonSerializable(typeof(ConversionOptions))]
internal sealed partial class ConversionOptionsJson : JsonSerializerContext;
