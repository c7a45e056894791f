using System.Text.Json;

namespace NeoCloudSim.Outputs;

/// <summary>How manifest.json is written: snake_case keys, indented.</summary>
internal static class ManifestJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };
}
