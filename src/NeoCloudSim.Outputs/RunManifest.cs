namespace NeoCloudSim.Outputs;

/// <summary>What made a results folder: the scenario (by hash), the seed, the program version and the fidelity.</summary>
public sealed record RunManifest
{
    /// <summary>Scenario name.</summary>
    public required string Scenario { get; init; }

    /// <summary>Path of the scenario file, or "built-in".</summary>
    public required string ScenarioSource { get; init; }

    /// <summary>SHA-256 of the scenario file's bytes (hex).</summary>
    public required string ScenarioSha256 { get; init; }

    /// <summary>Root seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>NeoCloudSim version.</summary>
    public required string ProgramVersion { get; init; }

    /// <summary>Traffic fidelity.</summary>
    public string Fidelity { get; init; } = "requests";

    /// <summary>The result files and the number of rows of each.</summary>
    public Dictionary<string, long> Files { get; init; } = [];
}
