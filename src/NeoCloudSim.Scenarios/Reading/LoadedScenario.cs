using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
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

    /// <summary>The traces the scenario replays, read and checked when it was loaded, by full path.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TraceRecord>> Traces { get; init; } = new Dictionary<string, IReadOnlyList<TraceRecord>>();

    /// <summary>The records of a trace the scenario replays, as read when it was loaded, so that a run never reads the
    /// file again (pass it to the world: <c>new NeocloudWorld(scenario, loaded.Catalog, loaded.LoadTrace)</c>). A trace
    /// the loaded scenario does not name (a changed spec) is read from its file.</summary>
    public IReadOnlyList<TraceRecord> LoadTrace(TraceSpec trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return Traces.TryGetValue(trace.Path, out var records) ? records : AzureTraceReader.Read(trace.Path);
    }
}
