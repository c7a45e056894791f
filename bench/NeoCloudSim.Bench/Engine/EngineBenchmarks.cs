using System.Diagnostics;
using System.Globalization;

namespace NeoCloudSim.Bench.Engine;

/// <summary>
/// The engine benchmark: the same M/M/c queue (8 servers, λ = 7.2/s, μ = 1/s) as processes, as direct events and as a
/// bare PriorityQueue loop, and 1,000 looping timeouts as processes and as a bare loop. Costs are compared per
/// customer (per timeout), since a process-style model fires more events per customer than a hand-written loop.
/// </summary>
internal static class EngineBenchmarks
{
    private const ulong Seed = 42;
    private const long Customers = 20_000_000;
    private const long Timeouts = 30_000_000;
    private const int TimeoutProcesses = 1_000;

    public static int Run(string[] args)
    {
        double scale = 1;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--scale" && i + 1 < args.Length)
            {
                scale = double.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                Console.Error.WriteLine($"unknown argument: {args[i]}");
                return 2;
            }
        }

        var mmc = MmcParameters.ForCustomers((long)(Customers * scale));
        double timeoutHorizon = Timeouts * scale / TimeoutProcesses;

        // Warm-up: every case once on a small horizon, so the measured runs see tier-1 code.
        var warm = MmcParameters.ForCustomers(200_000);
        MmcBaseline.Run(warm, Seed);
        MmcDirect.Run(warm, Seed);
        MmcProcess.Run(warm, Seed);
        TimeoutsBaseline.Run(TimeoutProcesses, 200, Seed);
        TimeoutsProcess.Run(TimeoutProcesses, 200, Seed);

        var (baseline, baselineNs) = Timed(() => MmcBaseline.Run(mmc, Seed));
        double baselineNsPerCustomer = baselineNs / baseline.Customers;
        Print("mmc-baseline", baseline, baselineNsPerCustomer, baselineNsPerCustomer);

        var (direct, directNs) = Timed(() => MmcDirect.Run(mmc, Seed));
        Print("mmc-direct", direct, directNs / direct.Customers, baselineNsPerCustomer);

        var (process, processNs) = Timed(() => MmcProcess.Run(mmc, Seed));
        Print("mmc-process", process, processNs / process.Customers, baselineNsPerCustomer);

        var (timeoutsBaseline, timeoutsBaselineNs) = Timed(() => TimeoutsBaseline.Run(TimeoutProcesses, timeoutHorizon, Seed));
        double baselineNsPerTimeout = timeoutsBaselineNs / timeoutsBaseline.Timeouts;
        Console.WriteLine(JsonLine.Of(
            ("bench", "timeouts-baseline"),
            ("events", timeoutsBaseline.Timeouts),
            ("timeouts", timeoutsBaseline.Timeouts),
            ("ns_per_timeout", baselineNsPerTimeout),
            ("alloc_bytes_per_event", timeoutsBaseline.AllocBytesPerEvent),
            ("ratio_to_baseline", 1.0)));

        var (timeoutsProcess, timeoutsProcessNs) = Timed(() => TimeoutsProcess.Run(TimeoutProcesses, timeoutHorizon, Seed));
        double nsPerTimeout = timeoutsProcessNs / timeoutsProcess.Timeouts;
        Console.WriteLine(JsonLine.Of(
            ("bench", "timeouts-process"),
            ("events", timeoutsProcess.Events),
            ("timeouts", timeoutsProcess.Timeouts),
            ("ns_per_timeout", nsPerTimeout),
            ("alloc_bytes_per_event", timeoutsProcess.AllocBytesPerEvent),
            ("ratio_to_baseline", baselineNsPerTimeout / nsPerTimeout)));
        return 0;
    }

    private static void Print(string bench, MmcOutcome outcome, double nsPerCustomer, double baselineNsPerCustomer) =>
        Console.WriteLine(JsonLine.Of(
            ("bench", bench),
            ("events", outcome.Events),
            ("customers", outcome.Customers),
            ("ns_per_customer", nsPerCustomer),
            ("alloc_bytes_per_event", outcome.AllocBytesPerEvent),
            ("mean_wait", outcome.MeanWait),
            ("ratio_to_baseline", baselineNsPerCustomer / nsPerCustomer)));

    private static (T Result, double Nanoseconds) Timed<T>(Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var result = work();
        return (result, clock.Elapsed.TotalNanoseconds);
    }
}
