using NeoCloudSim.Scenarios.Reading;
using NeoCloudSim.World;

namespace NeoCloudSim.Bench.Scale;

/// <summary>The built-in default scenario (its fleet, demand and seed), as the scale cases start from it.</summary>
internal static class DefaultScenario
{
    /// <summary>The default scenario at request-level fidelity, over <paramref name="horizonDays"/> days (its own
    /// horizon when null), with the GPU catalog to run it.</summary>
    public static (Scenario Scenario, IReadOnlyList<Compute.GpuSku> Catalog) AtRequests(double? horizonDays = null)
    {
        var loaded = ScenarioReader.ReadDefault();
        var scenario = loaded.Scenario with
        {
            Fidelity = Fidelity.Requests,
            HorizonDays = horizonDays ?? loaded.Scenario.HorizonDays,
        };
        return (scenario, loaded.Catalog);
    }
}
