using NeoCloudSim.Compute;
using NeoCloudSim.World;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>A scenario read and checked: the spec, the GPU catalog it runs with, and where it came from.</summary>
public sealed record LoadedScenario
{
    /// <summary>The scenario, trace paths resolved against its folder.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>Built-in SKUs, with the scenario's own replacing those of the same id.</summary>
    public required IReadOnlyList<GpuSku> Catalog { get; init; }

    /// <summary>The file's path, or "built-in:default.yaml".</summary>
    public required string Source { get; init; }

    /// <summary>SHA-256 of the file's bytes, hex.</summary>
    public required string Sha256 { get; init; }
}
