namespace NeoCloudSim.Outputs;

/// <summary>
/// What made a results folder (its manifest.json): the kind of folder, the scenario (by hash), the seed, the program
/// version and the fidelity. Every folder NeoCloudSim writes carries one; it is also how <c>--force</c> knows a folder
/// is NeoCloudSim's to replace.
/// </summary>
public sealed record RunManifest
{
    /// <summary>What the folder holds: "run", "replications", "sweep" or "compare".</summary>
    public string Kind { get; init; } = "run";

    /// <summary>Scenario name ("A vs B" for a comparison).</summary>
    public required string Scenario { get; init; }

    /// <summary>Path of the scenario file, or "built-in" (both paths, comma-separated, for a comparison).</summary>
    public required string ScenarioSource { get; init; }

    /// <summary>SHA-256 of the scenario file's bytes (hex; both, comma-separated, for a comparison).</summary>
    public required string ScenarioSha256 { get; init; }

    /// <summary>Root seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>NeoCloudSim version.</summary>
    public required string ProgramVersion { get; init; }

    /// <summary>Replications per scenario (per point, in a sweep).</summary>
    public int Replications { get; init; } = 1;

    /// <summary>Traffic fidelity.</summary>
    public string Fidelity { get; init; } = "requests";

    /// <summary>The result files and the number of rows of each.</summary>
    public Dictionary<string, long> Files { get; init; } = [];
}
