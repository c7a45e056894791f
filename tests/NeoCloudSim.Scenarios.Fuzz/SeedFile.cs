namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>A file of the seed corpus.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Bytes">Its bytes.</param>
/// <param name="Text">Its text (UTF-8).</param>
public sealed record SeedFile(string Path, byte[] Bytes, string Text)
{
    /// <summary>The file's folder.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path) ?? ".";
}
