using System.Diagnostics;
using NeoCloudSim.Cli.Commands;
using NeoCloudSim.World;

namespace NeoCloudSim.Bench.Scale;

/// <summary>
/// Independent replications across cores: the same replications of a shortened default scenario run by the
/// <c>run --replications</c> machinery on 1 thread, then on 2. Target: a speedup of 1.7 on 2 cores. The results must
/// be the same whatever the number of threads (<c>same_results</c>).
/// </summary>
/// <remarks>A machine shared with other work cannot give a second core to the benchmark for certain:
/// <c>cores_busy_2</c> (the process's CPU seconds per wall second during the 2-thread run) says how many it got. A
/// speedup well below 1.7 with <c>cores_busy_2</c> near 1 means the machine was busy, not that the runs
/// serialised.</remarks>
internal sealed class ReplicationsCase : IScaleCase
{
    private const int Count = 4;
    private const double HorizonDays = 10;
    private const double Target = 1.7;

    public string Name => "replications";

    public string Description => $"{Count} replications of the default scenario shortened to {HorizonDays} days, 1 thread vs 2 (target speedup {Target})";

    public IReadOnlyList<(string Name, object Value)> Run(double scale)
    {
        var (scenario, catalog) = DefaultScenario.AtRequests(HorizonDays * scale);
        var (warmUp, _) = DefaultScenario.AtRequests(1);
        Replications.Run(warmUp, catalog, count: 2, threads: 2);

        var (one, wall1, cpu1) = Timed(() => Replications.Run(scenario, catalog, Count, threads: 1));
        var (two, wall2, cpu2) = Timed(() => Replications.Run(scenario, catalog, Count, threads: 2));

        bool same = true;
        long requests = 0;
        for (int i = 0; i < Count; i++)
        {
            same &= one[i].Summary == two[i].Summary;
            requests += one[i].Summary.RequestsSimulated;
        }

        return
        [
            ("replications", Count),
            ("horizon_days", scenario.HorizonDays),
            ("requests", requests),
            ("wall_1", wall1),
            ("wall_2", wall2),
            ("speedup", wall1 / wall2),
            ("cores_busy_1", cpu1 / wall1),
            ("cores_busy_2", cpu2 / wall2),
            ("same_results", same),
            ("processors", Environment.ProcessorCount),
            ("target", Target),
        ];
    }

    /// <summary>Runs <paramref name="work"/>; returns its wall seconds and the process's CPU seconds over them.</summary>
    private static (RunResults[] Runs, double Wall, double Cpu) Timed(Func<RunResults[]> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var runs = work();
        double wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (runs, wall, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }
}
