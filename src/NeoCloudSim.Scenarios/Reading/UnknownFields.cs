using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Finds every key of a scenario file that the format does not know, all at once, each with its line, column, path
/// and the known keys at that place as a hint — before the reader stops at the first one.
/// </summary>
internal static class UnknownFields
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
        }
    }
}
