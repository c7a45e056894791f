namespace NeoCloudSim.Cli.Commands;

/// <summary>A sweep file: the base scenario (relative to the file), replications per point, and the swept values.</summary>
internal sealed record SweepFile
{
    public string Base { get; init; } = "";

    public int Replications { get; init; } = 3;

    public Dictionary<string, List<string>> Set { get; init; } = [];
}
