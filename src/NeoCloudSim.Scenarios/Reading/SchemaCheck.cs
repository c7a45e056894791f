using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Checks a scenario file against its schema before it is read, reporting every problem at once — unknown keys (with
/// the known keys at that place as a hint), values of the wrong type (with the expected type) and unknown enumerated
/// values (with the allowed ones) — each with its line, column and path. The reader alone would stop at the first.
/// </summary>
internal static class SchemaCheck
{
    private static readonly Lazy<JsonObject> Schema = new(() => JsonNode.Parse(ScenarioSchema.Generate())!.AsObject());

    public static void Find(string yaml, string source, List<string> problems)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return; // syntax errors are reported by the reader
        }

        if (stream.Documents.Count > 0)
        {
            Walk(stream.Documents[0].RootNode, Schema.Value, "", source, problems);
        }
    }

    private static void Walk(YamlNode node, JsonObject schema, string path, string source, List<string> problems)
    {
        switch (node)
        {
            case YamlMappingNode mapping when schema["properties"] is JsonObject properties:
                foreach (var (key, value) in mapping.Children)
                {
                    string name = (key as YamlScalarNode)?.Value ?? "?";
                    string child = path.Length == 0 ? name : $"{path}.{name}";
                    if (properties[name] is JsonObject property)
                    {
                        Walk(value, property, child, source, problems);
                    }
                    else if (schema["additionalProperties"] is JsonValue closed && !closed.GetValue<bool>())
                    {
                        problems.Add($"{source}:{key.Start.Line}:{key.Start.Column}: {child}: unknown field '{name}' (known here: {string.Join(", ", properties.Select(p => p.Key))})");
                    }
                }

                break;
            case YamlMappingNode mapping when schema["additionalProperties"] is JsonObject values:
                foreach (var (key, value) in mapping.Children)
                {
                    Walk(value, values, $"{path}.{(key as YamlScalarNode)?.Value}", source, problems);
                }

                break;
            case YamlSequenceNode sequence when schema["items"] is JsonObject items:
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    Walk(sequence.Children[i], items, $"{path}[{i}]", source, problems);
                }

                break;
            case YamlScalarNode scalar when Problem(scalar.Value ?? "", schema) is { } problem:
                problems.Add($"{source}:{scalar.Start.Line}:{scalar.Start.Column}: {path}: {problem}");
                break;
        }
    }

    /// <summary>What is wrong with a scalar value for its schema, or null.</summary>
    private static string? Problem(string value, JsonObject schema)
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

        if (types.Contains("null") && value is "" or "~" or "null")
        {
            return null;
        }

        if (schema["enum"] is JsonArray allowed)
        {
            var names = allowed.Where(a => a is not null).Select(a => a!.GetValue<string>()).ToList();
            return names.Contains(value) ? null : $"'{value}' is not one of: {string.Join(", ", names)}";
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (types.Contains("integer"))
        {
            return long.TryParse(value, System.Globalization.NumberStyles.Integer, invariant, out _) || ulong.TryParse(value, System.Globalization.NumberStyles.Integer, invariant, out _)
                ? null
                : $"expected a whole number, not '{value}'";
        }

        if (types.Contains("number"))
        {
            return double.TryParse(value, System.Globalization.NumberStyles.Float, invariant, out _) ? null : $"expected a number, not '{value}'";
        }

        if (types.Contains("boolean"))
        {
            return value is "true" or "false" ? null : $"expected true or false, not '{value}'";
        }

        if (types.Contains("object") || types.Contains("array"))
        {
            return types.Contains("string") ? null : $"expected {(types.Contains("object") ? "a mapping" : "a list")}, not the value '{value}'";
        }

        return null;
    }
}
