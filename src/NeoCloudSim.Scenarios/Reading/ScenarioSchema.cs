using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using NeoCloudSim.World;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// The JSON Schema of scenario files, generated from the same records the YAML reader fills, with the same naming
/// (snake_case keys, hyphenated enum values), so editors complete and check scenarios exactly as the reader reads
/// them. Shipped as <c>scenarios/scenario.schema.json</c>; a test keeps the file equal to what this generates.
/// </summary>
public static class ScenarioSchema
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        WriteIndented = true,
    };

    /// <summary>The schema as indented JSON text.</summary>
    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                if (node is JsonObject schema)
                {
                    if (context.TypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object && schema.ContainsKey("properties"))
                    {
                        schema["additionalProperties"] = false; // unknown keys are errors, as in the reader
                    }

                    var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                    if (type == typeof(int))
                    {
                        schema["minimum"] = int.MinValue; // so that the reader can say a number is out of range, not overflow
                        schema["maximum"] = int.MaxValue;
                    }
                    else if (type == typeof(ulong))
                    {
                        schema["minimum"] = 0;
                        schema["maximum"] = ulong.MaxValue;
                    }

                    if (schema["format"]?.GetValue<string>() == "date-time")
                    {
                        schema.Remove("format"); // YAML dates such as 2026-01-01 are accepted too
                    }
                }

                return node;
            },
        };
        var node = Options.GetJsonSchemaAsNode(typeof(Scenario), exporter).AsObject();
        node.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        node.Insert(1, "title", "NeoCloudSim scenario");
        return node.ToJsonString(Options) + "\n";
    }
}
