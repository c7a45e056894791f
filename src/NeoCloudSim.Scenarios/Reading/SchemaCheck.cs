using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Checks a scenario file against its schema before it is read, reporting every problem at once — unknown keys (with
/// the known keys at that place as a hint), values of the wrong type (with the expected type in words), whole numbers
/// out of their type's range and unknown enumerated values (with the allowed ones) — each with its line, column and
/// path. The reader alone would stop at the first, and name .NET types.
/// </summary>
internal static class SchemaCheck
{
    private static readonly Lazy<JsonObject> Schema = new(() => JsonNode.Parse(ScenarioSchema.Generate())!.AsObject());

    /// <summary>The schema of the whole scenario.</summary>
    public static JsonObject Root => Schema.Value;

    public static void Find(string yaml, string source, List<string> problems)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception error) when (error is YamlException || YamlErrors.IsParserFailure(error))
        {
            return; // syntax errors are reported by the reader
        }

        if (stream.Documents.Count > 0)
        {
            Walk(stream.Documents[0].RootNode, Schema.Value, "", mark => string.Create(CultureInfo.InvariantCulture, $"{source}:{mark.Line}:{mark.Column}: "), problems);
        }
    }

    /// <summary>Checks <paramref name="node"/> against <paramref name="schema"/>; <paramref name="at"/> gives the place prefix of a message.</summary>
    public static void Walk(YamlNode node, JsonObject schema, string path, Func<Mark, string> at, List<string> problems)
    {
        string Named(string p) => p.Length == 0 ? "" : p + ": ";
        switch (node)
        {
            case YamlMappingNode mapping when schema["properties"] is JsonObject properties:
                foreach (var (key, value) in mapping.Children)
                {
                    string name = (key as YamlScalarNode)?.Value ?? "?";
                    string child = path.Length == 0 ? name : $"{path}.{name}";
                    if (properties[name] is JsonObject property)
                    {
                        Walk(value, property, child, at, problems);
                    }
                    else if (schema["additionalProperties"] is JsonValue closed && !closed.GetValue<bool>())
                    {
                        problems.Add($"{at(key.Start)}{child}: unknown field '{BoundedFile.Excerpt(name)}' (known here: {string.Join(", ", properties.Select(p => p.Key))})");
                    }
                }

                break;
            case YamlMappingNode mapping when schema["additionalProperties"] is JsonObject values:
                foreach (var (key, value) in mapping.Children)
                {
                    Walk(value, values, $"{path}.{(key as YamlScalarNode)?.Value}", at, problems);
                }

                break;
            case YamlSequenceNode sequence when schema["items"] is JsonObject items:
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    Walk(sequence.Children[i], items, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), at, problems);
                }

                break;
            case YamlMappingNode mapping:
                problems.Add($"{at(mapping.Start)}{Named(path)}expected {Expected(schema)}, not a mapping");
                break;
            case YamlSequenceNode sequence:
                problems.Add($"{at(sequence.Start)}{Named(path)}expected {Expected(schema)}, not a list");
                break;
            case YamlScalarNode scalar when Problem(scalar, schema) is { } problem:
                problems.Add($"{at(scalar.Start)}{Named(path)}{problem}");
                break;
        }
    }

    /// <summary>The schema of the field at <paramref name="steps"/> (keys and list indexes), or a message saying why there is none.</summary>
    public static (JsonObject? Schema, string? Problem) At(IEnumerable<(string? Key, long? Index)> steps)
    {
        JsonObject schema = Schema.Value;
        foreach (var (key, index) in steps)
        {
            if (key is not null)
            {
                if (schema["properties"] is JsonObject properties)
                {
                    if (properties[key] is not JsonObject property)
                    {
                        return (null, $"unknown field '{key}' (known here: {string.Join(", ", properties.Select(p => p.Key))})");
                    }

                    schema = property;
                }
                else if (schema["additionalProperties"] is JsonObject values)
                {
                    schema = values;
                }
                else
                {
                    return (null, $"'{key}' is not inside a mapping");
                }
            }
            else if (schema["items"] is JsonObject items)
            {
                schema = items;
            }
            else
            {
                return (null, $"[{index}] is not inside a list");
            }
        }

        return (schema, null);
    }

    /// <summary>What a value of <paramref name="schema"/> looks like, in words.</summary>
    private static string Expected(JsonObject schema)
    {
        var types = Types(schema);
        return schema["enum"] is JsonArray allowed ? $"one of: {string.Join(", ", allowed.Where(a => a is not null).Select(a => a!.GetValue<string>()))}"
            : types.Contains("object") ? "a mapping"
            : types.Contains("array") ? "a list"
            : types.Contains("integer") ? "a whole number"
            : types.Contains("number") ? "a number"
            : types.Contains("boolean") ? "true or false"
            : "text";
    }

    private static List<string> Types(JsonObject schema)
    {
        var types = new List<string>();
        switch (schema["type"])
        {
            case JsonValue single:
                types.Add(single.GetValue<string>());
                break;
            case JsonArray many:
                types.AddRange(many.Select(t => t!.GetValue<string>()));
                break;
        }

        return types;
    }

    /// <summary>What is wrong with a scalar value for its schema, or null.</summary>
    private static string? Problem(YamlScalarNode scalar, JsonObject schema)
    {
        string value = scalar.Value ?? "";
        var types = Types(schema);
        bool isNull = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && value is "" or "~" or "null" or "Null" or "NULL";
        if (isNull)
        {
            return types.Contains("null") ? null : $"expected {Expected(schema)}, not an empty value";
        }

        if (schema["enum"] is JsonArray allowed)
        {
            var names = allowed.Where(a => a is not null).Select(a => a!.GetValue<string>()).ToList();
            return names.Contains(value) ? null : $"'{BoundedFile.Excerpt(value)}' is not one of: {string.Join(", ", names)}";
        }

        var invariant = CultureInfo.InvariantCulture;
        if (types.Contains("integer"))
        {
            decimal min = schema["minimum"]?.GetValue<decimal>() ?? long.MinValue, max = schema["maximum"]?.GetValue<decimal>() ?? long.MaxValue;
            string range = string.Create(invariant, $"from {min} to {max}");
            if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign, invariant, out decimal whole))
            {
                return value.TrimStart('-', '+').All(char.IsAsciiDigit) && value.Length > 1
                    ? $"the whole number '{BoundedFile.Excerpt(value)}' is out of range: this field takes a whole number {range}"
                    : $"expected a whole number, not '{BoundedFile.Excerpt(value)}'";
            }

            return whole >= min && whole <= max ? null : $"the whole number {value} is out of range: this field takes a whole number {range}";
        }

        if (types.Contains("number"))
        {
            return double.TryParse(value, NumberStyles.Float, invariant, out _) ? null : $"expected a number, not '{BoundedFile.Excerpt(value)}'";
        }

        if (types.Contains("boolean"))
        {
            return value is "true" or "false" ? null : $"expected true or false, not '{BoundedFile.Excerpt(value)}'";
        }

        if (types.Contains("object") || types.Contains("array"))
        {
            return types.Contains("string") ? null : $"expected {(types.Contains("object") ? "a mapping" : "a list")}, not the value '{BoundedFile.Excerpt(value)}'";
        }

        return null;
    }
}
