using System.Diagnostics;
using NeoCloudSim.World;

namespace NeoCloudSim.Bench.Scale;

/// <summary>
/// Requests simulated per wall second at request-level fidelity on the default fleet: the default scenario over its
/// whole horizon (about 12 million requests), every request an entity. Target: 1,000,000 requests per second on one
/// core.
/// </summary>
/// <remarks>Only <see cref="NeocloudWorld.Run"/> is timed (not reading the scenario, nor writing results), after a
/// warm-up run of a few simulated days so that the measured run sees optimised code from its start. <c>cpu_s</c> is
/// the process's CPU time over the same span: on a shared machine, requests per CPU second is the steadier figure.
/// <c>heap_mb</c> is the managed heap after a full collection with the world and its results still alive: what the
/// run keeps, which must not grow with the requests simulated (only the sampled request records do, by design).</remarks>
internal sealed class RequestsCase : IScaleCase
{
    private const double WarmUpDays = 3;
    private const double Target = 1_000_000;

    public string Name => "requests";

    public string Description => "requests simulated per wall second, default scenario at requests fidelity (target 1e6)";

    public IReadOnlyList<(string Name, object Value)> Run(double scale)
    {
        var (warmUp, catalog) = DefaultScenario.AtRequests(WarmUpDays);
        new NeocloudWorld(warmUp, catalog).Run();

        var (scenario, _) = DefaultScenario.AtRequests();
        scenario = scenario with { HorizonDays = scenario.HorizonDays * scale };
        var world = new NeocloudWorld(scenario, catalog);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var results = world.Run();
        double wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        long requests = results.Summary.RequestsSimulated;
        double heapMb = GC.GetTotalMemory(forceFullCollection: true) / 1e6;
        GC.KeepAlive(world);
        GC.KeepAlive(results);
        return
        [
            ("horizon_days", scenario.HorizonDays),
            ("requests", requests),
            ("events", results.Summary.Events),
            ("wall_s", wall),
            ("cpu_s", cpu),
            ("requests_per_s", requests / wall),
            ("requests_per_cpu_s", requests / cpu),
            ("heap_mb", heapMb),
            ("target", Target),
        ];
    }
}
