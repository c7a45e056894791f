using NeoCloudSim.Engine;
using NeoCloudSim.Engine.Processes;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Engine.Resources;
using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Samples;

/// <summary>
/// A day at one edge site: inference requests arrive as a Poisson stream and queue for 8 GPU replicas; each replica
/// fails now and then (mean time between failures 24 h, repair 20 min). A failure preempts the request the replica was
/// serving, which goes back to the head of the queue and is served again from the start.
/// </summary>
/// <remarks>
/// Written in the process style: a source process, one process per request, one failure process per replica, all on a
/// <see cref="PreemptiveResource"/> where a failure is a request of top priority that holds a replica for the repair.
/// </remarks>
internal sealed class EdgeSiteDemo
{
    public const int Replicas = 8;
    public const double ArrivalRate = 7.2;          // requests per second
    public const double ServiceRate = 1.0;          // requests per second per replica
    public const double MeanTimeBetweenFailures = 24 * 3600.0;
    public const double RepairTime = 20 * 60.0;
    public const double Horizon = 24 * 3600.0;

    private const int FailurePriority = 0;
    private const int RequestPriority = 1;

    private readonly Simulation _simulation;
    private readonly PreemptiveResource _replicas;
    private readonly RandomStream _arrivals;
    private readonly RandomStream _service;
    private readonly Tally _waits = new();
    private readonly TimeWeightedMonitor _busy = new(0, 0);
    private readonly TimeWeightedMonitor _down = new(0, 0);
    private long _served;
    private long _restarted;
    private long _failures;
    private long _waited;

    private EdgeSiteDemo(ulong seed)
    {
        _simulation = new Simulation(seed);
        _replicas = new PreemptiveResource(_simulation, Replicas, "replicas");
        _arrivals = _simulation.Random("arrivals");
        _service = _simulation.Random("service");
    }

    public static DemoReport Run(ulong seed)
    {
        var demo = new EdgeSiteDemo(seed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        demo._simulation.Process(demo.Arrivals(), "arrivals");
        for (int i = 0; i < Replicas; i++)
        {
            demo._simulation.Process(demo.Failures(demo._simulation.Random($"failures/replica-{i}")), $"failures-{i}");
        }

        demo._simulation.Run(Horizon);
        return new DemoReport(
            seed,
            demo._served,
            demo._restarted,
            demo._failures,
            demo._waits,
            (double)demo._waited / demo._waits.Count,
            demo._busy.Mean(Horizon) / Replicas,
            1 - demo._down.Mean(Horizon) / Replicas,
            demo._simulation.EventsProcessed,
            clock.Elapsed);
    }

    private IEnumerable<Event> Arrivals()
    {
        while (true)
        {
            yield return _simulation.Timeout(_arrivals.NextExponential(ArrivalRate));
            _simulation.Process(InferenceRequest());
        }
    }

    private IEnumerable<Event> InferenceRequest()
    {
        double arrivedAt = _simulation.Now;
        double work = _service.NextExponential(ServiceRate);
        bool firstService = true;
        while (true)
        {
            using var replica = _replicas.Request(RequestPriority, preempt: false);
            yield return replica;
            if (firstService)
            {
                double wait = _simulation.Now - arrivedAt;
                _waits.Add(wait);
                _waited += wait > 0 ? 1 : 0;
                firstService = false;
            }

            _busy.Add(_simulation.Now, +1);
            yield return _simulation.Timeout(work);
            _busy.Add(_simulation.Now, -1);
            if (!_simulation.ActiveProcess!.HandleInterrupt(out _))
            {
                _served++;
                yield break;
            }

            _restarted++; // the replica failed under us: queue again, lose the work done
        }
    }

    private IEnumerable<Event> Failures(RandomStream random)
    {
        while (true)
        {
            yield return _simulation.Timeout(random.NextExponential(1 / MeanTimeBetweenFailures));
            using var broken = _replicas.Request(FailurePriority, preempt: true);
            yield return broken;
            _failures++;
            _down.Add(_simulation.Now, +1);
            yield return _simulation.Timeout(RepairTime);
            _down.Add(_simulation.Now, -1);
        }
    }
}
