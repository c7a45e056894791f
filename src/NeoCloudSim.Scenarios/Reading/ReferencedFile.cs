namespace NeoCloudSim.Scenarios.Reading;

/// <summary>The full path of a file a scenario names (a trace, a growth series), relative to the scenario's folder.</summary>
internal static class ReferencedFile
{
    /// <summary>The full path, or null when <paramref name="path"/> is empty or not a usable path.</summary>
    public static string? Resolve(string folder, string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(Path.Combine(folder, path));
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
