using System.Text.Json;

namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// How a folder written by NeoCloudSim is recognised: it holds a <c>manifest.json</c> that NeoCloudSim wrote (a JSON
/// object naming the program version). Only such folders may be replaced with <c>--force</c> or drawn into by
/// <c>plot</c> and <c>report</c>.
/// </summary>
public static class ResultsMarker
{
    /// <summary>The manifest's file name, at the top of every results folder.</summary>
    public const string ManifestFile = "manifest.json";

    private const long MaxManifestBytes = 4 * 1024 * 1024;

    /// <summary>Whether <paramref name="folder"/> is a results folder NeoCloudSim wrote.</summary>
    public static bool IsResultsFolder(string folder)
    {
        var manifest = new FileInfo(Path.Combine(folder, ManifestFile));
        if (!manifest.Exists || manifest.Length > MaxManifestBytes || manifest.LinkTarget is not null)
        {
            return false;
        }

        try
        {
            using var stream = manifest.OpenRead();
            using var json = JsonDocument.Parse(stream);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("program_version", out var version)
                && version.ValueKind == JsonValueKind.String;
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
