using System.Diagnostics;
using System.Globalization;
using NeoCloudSim.Scenarios.Catalog;
using NeoCloudSim.Scenarios.Reading;
using NeoCloudSim.World;

namespace NeoCloudSim.Bench.Scale;

/// <summary>One measured run, in its own process: prints its figures as name=value pairs on one line.</summary>
internal static class ScaleCase
{
    public static int Run(string[] args)
    {
        var c = CultureInfo.InvariantCulture;
        switch (args)
        {
            case ["requests", var days]:
            {
                // The default fleet and demand at request level; a day's warm-up first so the measure sees tier-1 code.
                var loaded = ScenarioReader.ReadDefault();
                new NeocloudWorld(loaded.Scenario with { HorizonDays = 1, Fidelity = Fidelity.Requests }, loaded.Catalog).Run();
                var clock = Stopwatch.StartNew();
                var results = new NeocloudWorld(loaded.Scenario with { HorizonDays = double.Parse(days, c), Fidelity = Fidelity.Requests }, loaded.Catalog).Run();
                Print(("requests", results.Summary.Arrived), ("wall_s", clock.Elapsed.TotalSeconds), ("peak_mb", PeakMemory.Megabytes()));
                return 0;
            }

            case ["run", var sites, var gpus, var years, var fidelity, .. var load] when load.Length <= 1:
            {
                var catalog = GpuCatalogReader.LoadDefault();
                var clock = Stopwatch.StartNew();
                double startLoad = load.Length == 1 ? double.Parse(load[0], c) : ScaleScenario.DefaultStartLoad;
                var scenario = ScaleScenario.Build(int.Parse(sites, c), int.Parse(gpus, c), double.Parse(years, c), Enum.Parse<Fidelity>(fidelity, ignoreCase: true), catalog, startLoad);
                var results = new NeocloudWorld(scenario, catalog).Run();
                Print(("wall_s", clock.Elapsed.TotalSeconds), ("peak_mb", PeakMemory.Megabytes()), ("served", results.Summary.Served), ("simulated", results.Summary.RequestsSimulated), ("utilization", results.Summary.Utilization), ("allocated_gb", GC.GetTotalAllocatedBytes() / 1e9), ("gen0", GC.CollectionCount(0)), ("gen2", GC.CollectionCount(2)));
                return 0;
            }

            case ["replications", var threads]:
            {
                const int Count = 4;
                var loaded = ScenarioReader.ReadDefault();
                var scenario = loaded.Scenario with { HorizonDays = 12, Fidelity = Fidelity.Requests };
                new NeocloudWorld(scenario with { HorizonDays = 0.5 }, loaded.Catalog).Run(); // warm-up
                var clock = Stopwatch.StartNew();
                var runs = new RunSummary[Count];
                Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = int.Parse(threads, c) }, i =>
                    runs[i] = new NeocloudWorld(scenario with { Seed = scenario.Seed + (ulong)i }, loaded.Catalog).Run().Summary);
                double wall = clock.Elapsed.TotalSeconds;
                double checksum = runs.Sum(r => r.Served + r.TtftP99Ms + r.RevenueUsd);
                Print(("replications", Count), ("wall_s", wall), ("checksum", checksum), ("peak_mb", PeakMemory.Megabytes()));
                return 0;
            }

            default:
                Console.Error.WriteLine("usage: scale-case requests DAYS | run SITES GPUS YEARS FIDELITY [START_LOAD] | replications THREADS");
                return 2;
        }
    }

    private static void Print(params (string Name, double Value)[] figures) =>
        Console.WriteLine(string.Join(' ', figures.Select(f => $"{f.Name}={f.Value.ToString("R", CultureInfo.InvariantCulture)}")));
}
