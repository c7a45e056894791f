using NeoCloudSim.Bench.Engine;
using NeoCloudSim.Bench.Scale;

// Benchmarks print one JSON line per case on standard output; see README.md ("Benchmarks").
return args switch
{
    ["engine", .. var rest] => EngineBenchmarks.Run(rest),
    ["scale", .. var rest] => ScaleBenchmarks.Run(rest),
    ["scale-case", .. var rest] => ScaleCase.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: NeoCloudSim.Bench engine [--scale X] | scale [CASE...]");
    Console.Error.WriteLine("  engine   the event calendar and process machinery against hand-written PriorityQueue loops");
    Console.Error.WriteLine("  --scale  multiplies the work of every case (default 1: each case runs for seconds)");
    Console.Error.WriteLine("  scale    requests, hybrid-5y, horizon-scaling, site-scaling, replications (each run in its own process)");
    return 2;
}
